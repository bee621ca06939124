package io.jalloy.prometheus.internal.wal;

import io.jalloy.common.labels.Labels;

/**
 * The WAL's labels-to-series lookup: an open-addressing table of int refs into the WAL's by-ref
 * array, keyed by {@link Labels#hashCode()}, about 8 bytes per series where a map node and its
 * table slot cost about 32. Lookups take no lock and may miss a series being added or moved by a
 * resize (callers confirm a miss under the WAL's lock); a hit is always confirmed by equal labels,
 * so it is never wrong. Changes happen under the WAL's lock.
 */
final class SeriesIndex {
    private static final int EMPTY = 0;
    private static final int REMOVED = -1;

    private volatile int[] slots = new int[1024];
    private int used; // live + removed slots; under the WAL's lock
    private int size; // under the WAL's lock

    int size() {
        return size;
    }

    /** The series with {@code labels} in {@code byRef}, or null. */
    SeriesEntry find(Labels labels, SeriesEntry[] byRef) {
        int[] s = slots;
        int mask = s.length - 1;
        for (int i = spread(labels.hashCode()) & mask, probes = 0; probes <= mask; i = (i + 1) & mask, probes++) {
            int ref = s[i];
            if (ref == EMPTY) {
                return null;
            }
            if (ref > 0 && ref < byRef.length) {
                SeriesEntry e = byRef[ref];
                if (e != null && e.labels.equals(labels)) {
                    return e;
                }
            }
        }
        return null;
    }

    /**
     * Adds {@code e} before it is published in {@code byRef} (so a resize here cannot index it twice);
     * its ref must fit an int. Caller holds the WAL's lock and knows it is absent.
     */
    void add(SeriesEntry e, SeriesEntry[] byRef) {
        if ((used + 1) * 2 > slots.length) {
            rebuild(byRef, size + 1);
        }
        int[] s = slots;
        int mask = s.length - 1;
        int i = spread(e.labels.hashCode()) & mask;
        while (s[i] != EMPTY) {
            i = (i + 1) & mask;
        }
        s[i] = (int) e.ref;
        used++;
        size++;
    }

    /** Removes {@code e}, leaving a marker so later entries of its probe chain stay reachable. */
    void remove(SeriesEntry e) {
        int[] s = slots;
        int mask = s.length - 1;
        for (int i = spread(e.labels.hashCode()) & mask;; i = (i + 1) & mask) {
            int ref = s[i];
            if (ref == EMPTY) {
                return;
            }
            if (ref == e.ref) {
                s[i] = REMOVED;
                size--;
                return;
            }
        }
    }

    // A fresh table sized for {@code live} series, filled from {@code byRef}; published whole, so a
    // concurrent reader sees either the old table or the new one.
    private void rebuild(SeriesEntry[] byRef, int live) {
        int cap = 1024;
        while (cap < live * 2L + 2) {
            cap <<= 1;
        }
        int[] s = new int[cap];
        int mask = cap - 1;
        int n = 0;
        for (SeriesEntry e : byRef) {
            if (e != null) {
                int i = spread(e.labels.hashCode()) & mask;
                while (s[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                s[i] = (int) e.ref;
                n++;
            }
        }
        slots = s;
        used = n;
        size = n;
    }

    private static int spread(int h) {
        return h * 0x9E3779B9;
    }
}
