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
    private boolean ascii = true; // every line is plain ASCII, as the caller of add(entry, true) knew

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
        add(entry, false);
    }

    /**
     * Appends an entry whose line the caller has already measured: {@code asciiLine} when every
     * char is below 0x80, which lets the encoder copy it without a UTF-8 pass.
     */
    public void add(LogEntry entry, boolean asciiLine) {
        if (!entries.isEmpty() && entries.get(entries.size() - 1).timestampNanos() > entry.timestampNanos()) {
            sorted = false;
        }
        ascii &= asciiLine;
        entries.add(entry);
    }

    /** Whether every line was declared plain ASCII when added. */
    public boolean allAscii() {
        return ascii;
    }

    /** Puts the entries in time order (stable, so equal timestamps keep their arrival order). */
    public void sortByTime() {
        if (!sorted) {
            entries.sort(BY_TIME);
            sorted = true;
        }
    }
}
