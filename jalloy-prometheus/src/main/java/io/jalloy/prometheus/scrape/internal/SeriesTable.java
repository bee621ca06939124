package io.jalloy.prometheus.scrape.internal;

import io.jalloy.common.labels.Labels;
import io.jalloy.prometheus.internal.exposition.Series;
import io.jalloy.prometheus.internal.exposition.SeriesKey;

/**
 * One target's known series, found by the parser's {@link Series#hash()} and confirmed against
 * the entry's final labels ({@link LabelOrder}, a few bytes per series) or, for series that cannot
 * be confirmed that way, its {@link SeriesKey}; a sample of a known series is appended without
 * allocating. Each entry holds the final labels and the series reference of every receiver. Confined to the
 * target's scrape loop thread.
 */
final class SeriesTable {

    /** One known series. */
    static final class Entry {
        final long hash;
        final byte[] key; // a LabelOrder when byOrder, else a SeriesKey
        final Labels labels;
        final long[] refs;
        final boolean byOrder;
        int seen; // the scrape epoch that last delivered this series
        boolean committed; // whether a successful scrape has sent this series downstream
        boolean explicitTimestamp; // whether its last sample carried the exposition's own timestamp
        Entry next;

        Entry(long hash, byte[] key, boolean byOrder, Labels labels, int receivers) {
            this.hash = hash;
            this.key = key;
            this.byOrder = byOrder;
            this.labels = labels;
            this.refs = new long[receivers];
        }
    }

    /** What {@link #sweep} does with each committed entry a scrape did not deliver. */
    interface Absent {
        void gone(Entry e);
    }

    private Entry[] buckets = new Entry[64];
    private int size;

    int size() {
        return size;
    }

    Entry find(long hash, Series s) {
        for (Entry e = buckets[index(hash, buckets.length)]; e != null; e = e.next) {
            if (e.hash == hash && (e.byOrder ? LabelOrder.matches(s, e.labels, e.key) : SeriesKey.matches(s, e.key))) {
                return e;
            }
        }
        return null;
    }

    /** Adds the series {@code s} has, with its final {@code labels}. */
    Entry add(long hash, Series s, Labels labels, int receivers) {
        if (size >= buckets.length - (buckets.length >> 2)) {
            grow();
        }
        byte[] order = LabelOrder.of(s, labels);
        Entry e = order != null ? new Entry(hash, order, true, labels, receivers)
                : new Entry(hash, SeriesKey.of(s), false, labels, receivers);
        int i = index(hash, buckets.length);
        e.next = buckets[i];
        buckets[i] = e;
        size++;
        return e;
    }

    /**
     * After a successful scrape: calls {@code absent} for committed entries not seen in
     * {@code epoch} and removes them; entries seen in {@code epoch} become committed.
     */
    void sweep(int epoch, Absent absent) {
        for (int b = 0; b < buckets.length; b++) {
            Entry prev = null;
            for (Entry e = buckets[b]; e != null; e = e.next) {
                if (e.seen == epoch) {
                    e.committed = true;
                    prev = e;
                } else {
                    if (e.committed) {
                        absent.gone(e);
                    }
                    if (prev == null) {
                        buckets[b] = e.next;
                    } else {
                        prev.next = e.next;
                    }
                    size--;
                }
            }
        }
    }

    /** Calls {@code each} for every committed entry, then forgets all entries. */
    void clear(Absent each) {
        for (Entry head : buckets) {
            for (Entry e = head; e != null; e = e.next) {
                if (e.committed) {
                    each.gone(e);
                }
            }
        }
        buckets = new Entry[64];
        size = 0;
    }

    private void grow() {
        Entry[] next = new Entry[buckets.length * 2];
        for (Entry head : buckets) {
            Entry e = head;
            while (e != null) {
                Entry following = e.next;
                int i = index(e.hash, next.length);
                e.next = next[i];
                next[i] = e;
                e = following;
            }
        }
        buckets = next;
    }

    private static int index(long hash, int length) {
        return (int) (hash ^ (hash >>> 32)) & (length - 1);
    }
}
