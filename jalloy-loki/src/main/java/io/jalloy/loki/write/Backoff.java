package io.jalloy.loki.write;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential back-off with jitter between {@code min_backoff_period} and {@code
 * max_backoff_period}: the n-th wait is drawn from the upper half of {@code min * 2^n}, capped at
 * the maximum, so that many clients retrying together spread out. One per send attempt.
 */
final class Backoff {
    private final long minNanos;
    private final long maxNanos;
    private int attempts;

    Backoff(Duration min, Duration max) {
        this.minNanos = Math.max(1, min.toNanos());
        this.maxNanos = Math.max(minNanos, max.toNanos());
    }

    /** The next wait. */
    Duration next() {
        long upper = attempts >= 62 ? maxNanos : Math.min(maxNanos, minNanos << Math.min(attempts, 62));
        if (upper <= 0) {
            upper = maxNanos;
        }
        attempts++;
        long half = upper / 2;
        return Duration.ofNanos(half + ThreadLocalRandom.current().nextLong(upper - half + 1));
    }
}
