package io.jalloy.common.labels;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Shares one {@code String} instance per distinct label name or repeated value, so that a million
 * series naming {@code job} hold one {@code "job"} between them and {@link Labels#equals} mostly
 * compares references. Bounded: once {@code capacity} strings are held, unknown strings are
 * returned as they are (never evicted, so an interned reference stays valid for the interner's
 * life).
 *
 * <p>Thread-safety: any thread may intern concurrently (a concurrent map; lookups take no lock).
 * Use {@link #NAMES} for label names, whose set is small and long-lived; give values that repeat
 * (such as {@code job} or {@code namespace} values) an interner owned by the component, dropped
 * with it, so that values of vanished series do not accumulate for the process's life.
 */
public final class LabelInterner {

    /** The process-wide interner for label names. */
    public static final LabelInterner NAMES = new LabelInterner(1 << 16);

    private final ConcurrentHashMap<String, String> strings;
    private final int capacity;

    /** An interner holding at most {@code capacity} strings. */
    public LabelInterner(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative: " + capacity);
        }
        this.capacity = capacity;
        this.strings = new ConcurrentHashMap<>(Math.min(capacity, 1024));
    }

    /** The shared instance equal to {@code s} (null stays null). */
    public String intern(String s) {
        if (s == null) {
            return null;
        }
        String shared = strings.get(s);
        if (shared != null) {
            return shared;
        }
        if (strings.size() >= capacity) {
            return s;
        }
        shared = strings.putIfAbsent(s, s);
        return shared == null ? s : shared;
    }

    /** The number of strings held. */
    public int size() {
        return strings.size();
    }
}
