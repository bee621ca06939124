package io.jalloy.cli.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import javax.management.NotificationEmitter;

/**
 * Keeps the serial collector's old generation near the live set. That collector collects (and
 * shrinks) its tenured generation only when the heap reaches its maximum, so a start-up burst (the
 * first scrape of every target creating all series at once, with their requests in flight) leaves
 * it several times the live set for good. When the old generation grows past
 * {@link #nextThreshold} of what the last full collection kept, this asks for one full
 * collection, after which the collector gives memory back down to {@code MaxHeapFreeRatio}.
 * Does nothing under other collectors. The listener runs on the JVM's notification thread.
 */
public final class HeapGovernor {
    /** Below this the old generation is left alone: collecting it would cost more than it returns. */
    static final long FLOOR = 64L << 20;
    private static final String SERIAL_OLD = "Tenured Gen";

    private HeapGovernor() {}

    /** Installs the governor when the serial collector runs and explicit collections are allowed. */
    public static void install() {
        if (ManagementFactory.getRuntimeMXBean().getInputArguments().contains("-XX:+DisableExplicitGC")) {
            return;
        }
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && SERIAL_OLD.equals(pool.getName()) && pool.isUsageThresholdSupported()) {
                watch(pool);
                return;
            }
        }
    }

    private static void watch(MemoryPoolMXBean pool) {
        NotificationEmitter emitter = (NotificationEmitter) ManagementFactory.getMemoryMXBean();
        emitter.addNotificationListener((n, handback) -> {
            if (!MemoryNotificationInfo.MEMORY_THRESHOLD_EXCEEDED.equals(n.getType())) {
                return;
            }
            System.gc();
            var kept = pool.getCollectionUsage();
            pool.setUsageThreshold(nextThreshold(kept == null ? pool.getUsage().getUsed() : kept.getUsed()));
        }, null, null);
        pool.setUsageThreshold(nextThreshold(0));
    }

    /** Old-generation bytes that trigger the next full collection, given what the last one kept. */
    static long nextThreshold(long live) {
        return Math.max(FLOOR, live + (live >> 2));
    }
}
