package io.jalloy.common.labels;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Shares the sorted name arrays of {@link Labels}: the series of one metric family (and the
 * streams of one log source) all have the same label names, so they can point at one array and
 * each pay only for its values. A direct-mapped cache: a slot holds the last array stored there,
 * so a miss costs nothing but the caller's own array and memory stays bounded whatever the names.
 * Any thread; slots are published with release/acquire ordering.
 */
final class NameSets {
    private static final int SLOTS = 4096;
    private static final AtomicReferenceArray<String[]> CACHE = new AtomicReferenceArray<>(SLOTS);

    private NameSets() {}

    /** An array equal to {@code names} (sorted, not to be modified), shared when one is cached. */
    static String[] canonical(String[] names) {
        int h = Arrays.hashCode(names);
        int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
        String[] cached = CACHE.getAcquire(slot);
        if (cached != null && Arrays.equals(cached, names)) {
            return cached;
        }
        CACHE.setRelease(slot, names);
        return names;
    }
}
