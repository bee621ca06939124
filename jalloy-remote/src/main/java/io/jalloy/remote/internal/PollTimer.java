package io.jalloy.remote.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When the next poll is due: one poll frequency after the previous poll, or at once when that
 * moment has passed. The clock is injected so tests need not wait.
 */
public final class PollTimer {
    /**
     * TEST HOOK, never for production: {@code -Djalloy.testing.poll-frequency-ms=N} polls every N ms
     * whatever the configured frequency (which Alloy keeps above 30s for remote.s3), so end-to-end
     * tests of a whole process can watch a source change without waiting minutes.
     */
    private static final Long TEST_FREQUENCY_MS = Long.getLong("jalloy.testing.poll-frequency-ms");

    private final Clock clock;
    private Instant lastPoll = Instant.MIN;

    /** A timer on {@code clock} that is due at once. */
    public PollTimer(Clock clock) {
        this.clock = clock;
    }

    /** Records that a poll starts now. */
    public void polled() {
        lastPoll = clock.instant();
    }

    /** How long to wait before the next poll; zero when it is due. */
    public Duration untilNext(Duration frequency) {
        if (TEST_FREQUENCY_MS != null) {
            frequency = Duration.ofMillis(TEST_FREQUENCY_MS);
        }
        if (lastPoll.equals(Instant.MIN)) {
            return Duration.ZERO;
        }
        Duration wait = Duration.between(clock.instant(), lastPoll.plus(frequency));
        return wait.isNegative() ? Duration.ZERO : wait;
    }
}
