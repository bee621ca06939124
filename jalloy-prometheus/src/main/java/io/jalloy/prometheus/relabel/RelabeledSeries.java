package io.jalloy.prometheus.relabel;

import io.jalloy.common.labels.Labels;
import io.jalloy.common.relabel.RelabelRules;
import java.util.HashMap;
import java.util.Map;

/**
 * The relabeling outcome of recently seen series, addressed by the series references this
 * component hands to its callers: a reference is {@code generation << 32 | slot + 1}, so a caller
 * holding one skips both the lookup and the rules. Bounded by {@code max_cache_size}: when full,
 * everything is forgotten and a new generation starts (old references then miss and are looked up
 * again). One instance per rules/receivers configuration.
 *
 * <p>Threads: any appender thread; lookups by reference read a volatile array without locking,
 * additions and removals lock this.
 */
final class RelabeledSeries {

    /** One series: its input labels, output labels (null when dropped) and downstream references. */
    static final class Entry {
        final long ref;
        final Labels in;
        final Labels out;
        final long[] downstream;

        Entry(long ref, Labels in, Labels out, int receivers) {
            this.ref = ref;
            this.in = in;
            this.out = out;
            this.downstream = new long[receivers];
        }
    }

    private final RelabelRules rules;
    private final int maxSize;
    private final int receivers;
    private final long ttlNanos;
    private long generationStart = System.nanoTime(); // guarded by this
    private final Labels.Builder scratch = new Labels.Builder(); // guarded by this
    private volatile Entry[] slots = new Entry[1024];
    private Map<Labels, Entry> byLabels = new HashMap<>(); // guarded by this
    private int used; // guarded by this
    private int generation = 1; // guarded by this

    /**
     * @param maxSize entries kept before everything is forgotten; 0 for no bound (TTL mode)
     * @param ttlNanos in TTL mode, how long a generation of entries lives (entries then last
     *     between one and two TTLs, a coarser rule than Alloy's per-entry expiry)
     */
    RelabeledSeries(RelabelRules rules, int maxSize, long ttlNanos, int receivers) {
        this.rules = rules;
        this.maxSize = maxSize == 0 ? Integer.MAX_VALUE : maxSize;
        this.ttlNanos = ttlNanos;
        this.receivers = receivers;
    }

    RelabelRules rules() {
        return rules;
    }

    /** The entry {@code ref} names if it is still that of {@code labels}, else null. */
    Entry byRef(long ref, Labels labels) {
        int slot = (int) ref - 1;
        Entry[] s = slots;
        if (slot < 0 || slot >= s.length) {
            return null;
        }
        Entry e = s[slot];
        return e != null && e.ref == ref && (e.in == labels || e.in.equals(labels)) ? e : null;
    }

    /** The entry of {@code labels}, relabeling them when unknown; {@code miss[0]} tells which happened. */
    synchronized Entry lookup(Labels labels, boolean[] miss) {
        Entry e = byLabels.get(labels);
        if (e != null) {
            miss[0] = false;
            return e;
        }
        miss[0] = true;
        if (used >= maxSize || (ttlNanos > 0 && System.nanoTime() - generationStart > ttlNanos)) {
            clear();
        }
        if (used == slots.length) {
            slots = java.util.Arrays.copyOf(slots, slots.length * 2);
        }
        Labels out = rules.process(labels, scratch);
        if (out != null && out.isEmpty()) {
            out = null;
        }
        long ref = ((long) generation << 32) | (used + 1);
        e = new Entry(ref, labels, out, receivers);
        slots[used++] = e;
        byLabels.put(labels, e);
        return e;
    }

    /** Forgets {@code e} (after a stale marker), so the next sample of the series is relabeled again. */
    synchronized void remove(Entry e) {
        if (byLabels.get(e.in) == e) {
            byLabels.remove(e.in);
            int slot = (int) e.ref - 1;
            Entry[] s = slots;
            if (slot < s.length && s[slot] == e) {
                s[slot] = null;
            }
        }
    }

    synchronized int size() {
        return byLabels.size();
    }

    private void clear() {
        generation++;
        generationStart = System.nanoTime();
        byLabels = new HashMap<>();
        slots = new Entry[slots.length];
        used = 0;
    }
}
