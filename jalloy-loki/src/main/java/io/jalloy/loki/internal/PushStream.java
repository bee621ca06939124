package io.jalloy.loki.internal;

import io.jalloy.loki.api.LogEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One stream of a push request: its rendered labels and its entries, in the order they must be
 * sent. Mutable; owned by the thread building the batch.
 */
public final class PushStream {
    private static final Comparator<LogEntry> BY_TIME = Comparator.comparingLong(LogEntry::timestampNanos);

    private final String labels;
    private final List<LogEntry> entries;
    private boolean sorted = true;

    /** An empty stream for labels rendered by {@link StreamLabels}. */
    public PushStream(String labels) {
        this(labels, 10);
    }

    /** An empty stream with room for {@code expected} entries before its list grows. */
    public PushStream(String labels, int expected) {
        this.labels = labels;
        this.entries = new ArrayList<>(expected);
    }

    public String labels() {
        return labels;
    }

    public List<LogEntry> entries() {
        return entries;
    }

    /** Appends an entry, noting whether the stream is still in time order. */
    public void add(LogEntry entry) {
        if (!entries.isEmpty() && entries.get(entries.size() - 1).timestampNanos() > entry.timestampNanos()) {
            sorted = false;
        }
        entries.add(entry);
    }

    /** Puts the entries in time order (stable, so equal timestamps keep their arrival order). */
    public void sortByTime() {
        if (!sorted) {
            entries.sort(BY_TIME);
            sorted = true;
        }
    }
}
