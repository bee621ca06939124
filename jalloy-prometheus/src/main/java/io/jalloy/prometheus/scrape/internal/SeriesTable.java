package io.jalloy.prometheus.scrape.internal;

import io.jalloy.common.labels.Labels;
import io.jalloy.prometheus.api.Appender;
import io.jalloy.prometheus.internal.exposition.Series;
import io.jalloy.prometheus.internal.exposition.SeriesKey;
import java.util.Arrays;

/**
 * One target's known series, found by the parser's {@link Series#hash()} and confirmed against
 * the entry's final labels ({@link LabelOrder}, a few bytes per series) or, for series that cannot
 * be confirmed that way, its {@link SeriesKey}; a sample of a known series is appended without
 * allocating.
 *
 * <p>Entries are int handles into parallel primitive arrays (hash, key, labels, scrape epoch,
 * flags, and {@code receivers} refs each), indexed by an open-addressing table of handles: about
 * 40 bytes per series plus its key, where an object per entry with its own refs array and a
 * chained bucket cost about 100. Handles of removed entries are reused. Confined to the target's
 * scrape loop thread.
 */
final class SeriesTable {
    /** No entry. */
    static final int NONE = -1;

    private static final byte BY_ORDER = 1;
    private static final byte COMMITTED = 2;
    private static final byte EXPLICIT_TS = 4;
    private static final int INITIAL = 64;

    /** What {@link #sweep} does with each committed entry a scrape did not deliver. */
    interface Absent {
        void gone(int entry);
    }

    private final int receivers;
    // Open addressing, linear probing: handle + 1, 0 when empty. At most half full.
    private int[] slots = new int[INITIAL * 2];
    // Per handle.
    private long[] hashes = new long[INITIAL];
    private byte[][] keys = new byte[INITIAL][]; // a LabelOrder when BY_ORDER, else a SeriesKey; null when free
    private Labels[] labels = new Labels[INITIAL];
    private int[] seen = new int[INITIAL]; // the scrape epoch that last delivered the series
    private byte[] flags = new byte[INITIAL];
    private long[] refs; // receivers per handle
    private int[] free = new int[16]; // handles below {@code high} that are free
    private int freeCount;
    private int high; // handles ever used: [0, high)
    private int size;

    SeriesTable(int receivers) {
        this.receivers = Math.max(1, receivers);
        this.refs = new long[INITIAL * this.receivers];
    }

    int size() {
        return size;
    }

    /** The handle of the series {@code s} (with parser hash {@code hash}), or {@link #NONE}. */
    int find(long hash, Series s) {
        int mask = slots.length - 1;
        for (int i = spread(hash) & mask;; i = (i + 1) & mask) {
            int h = slots[i] - 1;
            if (h < 0) {
                return NONE;
            }
            if (hashes[h] == hash && ((flags[h] & BY_ORDER) != 0
                    ? LabelOrder.matches(s, labels[h], keys[h]) : SeriesKey.matches(s, keys[h]))) {
                return h;
            }
        }
    }

    /** Adds the series {@code s} has, with its final {@code labels}; refs start as {@code NO_REF}. */
    int add(long hash, Series s, Labels finalLabels) {
        byte[] order = LabelOrder.of(s, finalLabels);
        return insert(hash, order != null ? order : SeriesKey.of(s), order != null, finalLabels);
    }

    // Also used by tests to force collisions.
    int insert(long hash, byte[] key, boolean byOrder, Labels finalLabels) {
        if ((size + 1) * 2 > slots.length) {
            slots = new int[slots.length * 2];
            reindex();
        }
        int h = freeCount > 0 ? free[--freeCount] : newHandle();
        hashes[h] = hash;
        keys[h] = key;
        labels[h] = finalLabels;
        seen[h] = 0;
        flags[h] = byOrder ? BY_ORDER : 0;
        Arrays.fill(refs, h * receivers, (h + 1) * receivers, Appender.NO_REF);
        place(h);
        size++;
        return h;
    }

    Labels labels(int h) {
        return labels[h];
    }

    long ref(int h, int receiver) {
        return refs[h * receivers + receiver];
    }

    void ref(int h, int receiver, long ref) {
        refs[h * receivers + receiver] = ref;
    }

    int seen(int h) {
        return seen[h];
    }

    void seen(int h, int epoch) {
        seen[h] = epoch;
    }

    /** Whether the series' last sample carried the exposition's own timestamp. */
    boolean explicitTimestamp(int h) {
        return (flags[h] & EXPLICIT_TS) != 0;
    }

    void explicitTimestamp(int h, boolean explicit) {
        flags[h] = (byte) (explicit ? flags[h] | EXPLICIT_TS : flags[h] & ~EXPLICIT_TS);
    }

    /** Whether the series is confirmed by a {@link LabelOrder} (else by a {@link SeriesKey}). */
    boolean byOrder(int h) {
        return (flags[h] & BY_ORDER) != 0;
    }

    /** Whether a successful scrape has sent this series downstream. */
    boolean committed(int h) {
        return (flags[h] & COMMITTED) != 0;
    }

    /**
     * After a successful scrape: calls {@code absent} for committed entries not seen in
     * {@code epoch} and removes them; entries seen in {@code epoch} become committed.
     */
    void sweep(int epoch, Absent absent) {
        int removed = 0;
        for (int h = 0; h < high; h++) {
            if (keys[h] == null) {
                continue;
            }
            if (seen[h] == epoch) {
                flags[h] |= COMMITTED;
            } else {
                if ((flags[h] & COMMITTED) != 0) {
                    absent.gone(h);
                }
                release(h);
                removed++;
            }
        }
        if (removed > 0) {
            Arrays.fill(slots, 0);
            reindex();
        }
    }

    /** Calls {@code each} for every committed entry, then forgets all entries and their memory. */
    void clear(Absent each) {
        for (int h = 0; h < high; h++) {
            if (keys[h] != null && (flags[h] & COMMITTED) != 0) {
                each.gone(h);
            }
        }
        slots = new int[INITIAL * 2];
        hashes = new long[INITIAL];
        keys = new byte[INITIAL][];
        labels = new Labels[INITIAL];
        seen = new int[INITIAL];
        flags = new byte[INITIAL];
        refs = new long[INITIAL * receivers];
        free = new int[16];
        freeCount = 0;
        high = 0;
        size = 0;
    }

    private void release(int h) {
        keys[h] = null;
        labels[h] = null;
        size--;
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, free.length * 2);
        }
        free[freeCount++] = h;
    }

    private int newHandle() {
        if (high == hashes.length) {
            // Grows by half, not double: at 1,000 series per target, doubling leaves up to half unused.
            int n = hashes.length + (hashes.length >> 1);
            hashes = Arrays.copyOf(hashes, n);
            keys = Arrays.copyOf(keys, n);
            labels = Arrays.copyOf(labels, n);
            seen = Arrays.copyOf(seen, n);
            flags = Arrays.copyOf(flags, n);
            refs = Arrays.copyOf(refs, n * receivers);
        }
        return high++;
    }

    private void reindex() {
        for (int h = 0; h < high; h++) {
            if (keys[h] != null) {
                place(h);
            }
        }
    }

    private void place(int h) {
        int mask = slots.length - 1;
        int i = spread(hashes[h]) & mask;
        while (slots[i] != 0) {
            i = (i + 1) & mask;
        }
        slots[i] = h + 1;
    }

    private static int spread(long hash) {
        long x = hash * 0x9E3779B97F4A7C15L;
        return (int) (x ^ (x >>> 32));
    }
}
