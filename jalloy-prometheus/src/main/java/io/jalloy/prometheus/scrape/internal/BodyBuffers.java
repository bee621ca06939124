package io.jalloy.prometheus.scrape.internal;

import java.util.ArrayDeque;

/**
 * The scrape body buffers, shared by every scrape loop of the process: a target holds a buffer
 * only while it fetches and parses, so 500 targets spread over an interval need a handful of
 * buffers instead of one per target (which at 200 KiB each would cost more than their series).
 * Any scrape loop thread may borrow and release; a short lock guards the stack.
 */
final class BodyBuffers {
    static final int MIN_SIZE = 64 * 1024;
    private static final int MAX_POOLED = 32;
    private static final ArrayDeque<byte[]> POOL = new ArrayDeque<>();

    private BodyBuffers() {}

    /** A buffer of at least {@code size} bytes (rounded up to a power of two, at least 64 KiB). */
    static byte[] borrow(int size) {
        byte[] b;
        synchronized (POOL) {
            b = POOL.pollLast();
        }
        if (b != null && b.length >= size) {
            return b;
        }
        // A too-small pooled buffer is left to the collector; the new one replaces it on release.
        return new byte[Math.max(MIN_SIZE, Integer.highestOneBit(Math.max(1, size - 1)) << 1)];
    }

    /** Returns a buffer for reuse; dropped when enough are pooled. */
    static void release(byte[] b) {
        synchronized (POOL) {
            if (POOL.size() < MAX_POOLED) {
                POOL.addLast(b);
            }
        }
    }
}
