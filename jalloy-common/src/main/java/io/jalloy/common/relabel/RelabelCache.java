package io.jalloy.common.relabel;

import io.jalloy.common.labels.Labels;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the outcome of relabeling recent label sets, for components whose inputs repeat
 * ({@code loki.relabel} and {@code prometheus.relabel}, with {@code max_cache_size}, default
 * {@value #DEFAULT_MAX_SIZE}): least recently used entries are evicted first. Dropped sets are
 * remembered too, since deciding to drop is often the expensive part.
 *
 * <p>Thread-safe: the entries are split into shards by hash, each guarded by its own lock, so
 * concurrent appenders rarely contend. Replace the cache (or {@link #clear} it) when the rules
 * change.
 */
public final class RelabelCache {

    /** Alloy's default {@code max_cache_size}. */
    public static final int DEFAULT_MAX_SIZE = 10_000;

    private static final Labels DROPPED = Labels.of("__dropped__", "sentinel");

    private final RelabelRules rules;
    private final Shard[] shards;
    private final int mask;

    /** A cache of at most {@code maxSize} entries in front of {@code rules}; 0 disables caching. */
    public RelabelCache(RelabelRules rules, int maxSize) {
        if (maxSize < 0) {
            throw new IllegalArgumentException("max_cache_size must not be negative: " + maxSize);
        }
        this.rules = rules;
        int count = maxSize >= 4096 ? 16 : 1;
        this.shards = new Shard[maxSize == 0 ? 0 : count];
        for (int i = 0; i < shards.length; i++) {
            shards[i] = new Shard(Math.max(1, maxSize / count));
        }
        this.mask = count - 1;
    }

    /** The rules this cache applies. */
    public RelabelRules rules() {
        return rules;
    }

    /** The relabeled set, or null when the rules drop it: from the cache when seen recently. */
    public Labels process(Labels in) {
        if (shards.length == 0) {
            return rules.process(in);
        }
        int h = in.hashCode();
        Shard s = shards[(h ^ (h >>> 16)) & mask];
        Labels cached;
        synchronized (s) {
            cached = s.get(in);
        }
        if (cached != null) {
            return cached == DROPPED ? null : cached;
        }
        Labels out = rules.process(in);
        synchronized (s) {
            s.put(in, out == null ? DROPPED : out);
        }
        return out;
    }

    /** The number of entries held. */
    public int size() {
        int n = 0;
        for (Shard s : shards) {
            synchronized (s) {
                n += s.size();
            }
        }
        return n;
    }

    /** Forgets every entry. */
    public void clear() {
        for (Shard s : shards) {
            synchronized (s) {
                s.clear();
            }
        }
    }

    private static final class Shard extends LinkedHashMap<Labels, Labels> {
        private final int capacity;

        Shard(int capacity) {
            super(Math.min(capacity, 1024), 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<Labels, Labels> eldest) {
            return size() > capacity;
        }
    }
}
