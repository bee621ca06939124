package io.jalloy.remote.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When the next poll is due: one poll frequency after the previous poll, or at once when that
 * moment has passed. The clock is injected so tests need not wait.
 */
public final class PollTimer {
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
        if (lastPoll.equals(Instant.MIN)) {
            return Duration.ZERO;
        }
        Duration wait = Duration.between(clock.instant(), lastPoll.plus(frequency));
        return wait.isNegative() ? Duration.ZERO : wait;
    }
}
