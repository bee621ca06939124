package io.jalloy.loki.echo;

import io.jalloy.component.Component;
import io.jalloy.component.RunContext;
import io.jalloy.loki.api.LogEntry;
import io.jalloy.loki.api.LogsReceiver;
import java.util.List;

/**
 * The running {@code loki.echo}: logs each entry at info level with the component id, the line
 * and the labels, as Alloy does. Any thread may send; the logger is thread-safe.
 */
final class EchoComponent implements Component<Arguments>, LogsReceiver {
    private final String id;
    private final System.Logger logger;

    EchoComponent(String id, System.Logger logger) {
        this.id = id;
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
            logger.log(System.Logger.Level.INFO, format(id, e));
        }
    }

    /** Alloy's record: the component id, the line and the labels (logfmt quoting by the logger's format). */
    static String format(String id, LogEntry e) {
        return "receiver=" + id + " entry=" + e.line() + " labels=" + e.labels();
    }
}
