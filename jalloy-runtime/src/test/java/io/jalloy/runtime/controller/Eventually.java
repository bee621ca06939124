package io.jalloy.runtime.controller;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition that other threads (components, the evaluation thread) make true. */
final class Eventually {
    private Eventually() {}

    /** Polls {@code condition} until it holds, failing after {@code limit}. */
    static void within(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached in " + limit);
            }
            Thread.sleep(5);
        }
    }

    /** {@link #within} five seconds. */
    static void holds(BooleanSupplier condition) throws InterruptedException {
        within(Duration.ofSeconds(5), condition);
    }
}
