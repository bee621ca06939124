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
    private byte[][] utf8; // each line's UTF-8 bytes when the caller had them; null after a sort

    /** An empty stream for labels rendered by {@link StreamLabels}. */
    public PushStream(String labels) {
        this(labels, 10);
    }

    /** An empty stream with room for {@code expected} entries before its list grows. */
    public PushStream(String labels, int expected) {
        this.labels = labels;
        this.entries = new ArrayList<>(expected);
        this.utf8 = new byte[Math.max(1, expected)][];
    }

    public String labels() {
        return labels;
    }

    public List<LogEntry> entries() {
        return entries;
    }

    /** Appends an entry, noting whether the stream is still in time order. */
    public void add(LogEntry entry) {
        add(entry, null);
    }

    /**
     * Appends an entry together with its line as UTF-8 (null when not at hand), which the caller
     * needed anyway to measure it and the encoder then copies instead of encoding again.
     */
    public void add(LogEntry entry, byte[] utf8Line) {
        int n = entries.size();
        if (n > 0 && entries.get(n - 1).timestampNanos() > entry.timestampNanos()) {
            sorted = false;
        }
        if (utf8 != null) {
            if (n == utf8.length) {
                utf8 = java.util.Arrays.copyOf(utf8, n * 2);
            }
            utf8[n] = utf8Line;
        }
        entries.add(entry);
    }

    /** The UTF-8 line of entry {@code i} as given to {@link #add(LogEntry, byte[])}, or null. */
    public byte[] utf8Line(int i) {
        return utf8 == null ? null : utf8[i];
    }

    /** Puts the entries in time order (stable, so equal timestamps keep their arrival order). */
    public void sortByTime() {
        if (!sorted) {
            entries.sort(BY_TIME);
            utf8 = null; // no longer in step with the entries: the encoder encodes the lines itself
            sorted = true;
        }
    }
}
