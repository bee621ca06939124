package io.jalloy.loki.echo;

import io.jalloy.component.Component;
import io.jalloy.component.RunContext;
import io.jalloy.loki.api.LogEntry;
import io.jalloy.loki.api.LogsReceiver;
import java.time.Instant;
import java.util.List;

/**
 * The running {@code loki.echo}: logs each entry at info level with its labels, timestamp, line
 * and structured metadata. Any thread may send; the logger is thread-safe.
 */
final class EchoComponent implements Component<Arguments>, LogsReceiver {
    private final System.Logger logger;

    EchoComponent(System.Logger logger) {
        this.logger = logger;
    }

    @Override
    public void run(RunContext ctx) throws InterruptedException {
        ctx.awaitCancellation();
    }

    @Override
    public void update(Arguments newArgs) {}

    @Override
    public void send(List<LogEntry> batch) {
        for (LogEntry e : batch) {
            logger.log(System.Logger.Level.INFO, format(e));
        }
    }

    static String format(LogEntry e) {
        StringBuilder sb = new StringBuilder(e.line().length() + 96).append("")
                .append("labels=").append(e.labels())
                .append(" timestamp=").append(Instant.ofEpochSecond(0, e.timestampNanos()))
                .append(" entry=").append(e.line());
        if (!e.structuredMetadata().isEmpty()) {
            sb.append(" structured_metadata=").append(e.structuredMetadata());
        }
        return sb.toString();
    }
}
