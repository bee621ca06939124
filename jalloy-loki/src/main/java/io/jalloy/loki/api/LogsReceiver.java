package io.jalloy.loki.api;

import io.jalloy.syntax.value.Capsule;
import java.util.List;

/**
 * Where a log component sends its output: the {@code receiver} export of {@code loki.write},
 * {@code loki.process}, {@code loki.relabel}, {@code loki.echo}. Components pass batches, never
 * single entries. {@link #send} may block to apply back-pressure (callers run on virtual
 * threads); it must be safe to call from many threads at once and must not keep the list.
 */
public interface LogsReceiver extends Capsule {

    /** Delivers a batch; returns when the receiver has taken it (queued, written or dropped). */
    void send(List<LogEntry> batch) throws InterruptedException;

    @Override
    default String capsuleTypeName() {
        return "loki.LogsReceiver";
    }
}
