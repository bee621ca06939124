package io.jalloy.loki.source.file.internal;

import io.jalloy.loki.api.LogEntry;
import io.jalloy.loki.api.LogsReceiver;
import java.util.List;

/**
 * Delivers each batch to every current {@code forward_to} receiver in turn. The list is swapped
 * by the component's update (evaluation thread) and read by every reader thread, hence volatile.
 */
public final class Fanout {
    private volatile List<LogsReceiver> receivers;

    public Fanout(List<LogsReceiver> receivers) {
        this.receivers = List.copyOf(receivers);
    }

    public void setReceivers(List<LogsReceiver> receivers) {
        this.receivers = List.copyOf(receivers);
    }

    /** Returns once every receiver took the batch; the caller may then reuse the list. */
    public void send(List<LogEntry> batch) throws InterruptedException {
        for (LogsReceiver r : receivers) {
            r.send(batch);
        }
    }
}
