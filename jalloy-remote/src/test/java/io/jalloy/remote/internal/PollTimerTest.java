package io.jalloy.remote.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PollTimerTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final PollTimer timer = new PollTimer(clock);

    @Test
    void aTimerThatNeverPolledIsDueAtOnce() {
        assertThat(timer.untilNext(Duration.ofMinutes(1))).isZero();
    }

    @Test
    void theNextPollIsOneFrequencyAfterTheLast() {
        timer.polled();
        clock.advance(Duration.ofSeconds(20));
        assertThat(timer.untilNext(Duration.ofMinutes(1))).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void anOverduePollIsDueAtOnceRatherThanNegative() {
        timer.polled();
        clock.advance(Duration.ofMinutes(5));
        assertThat(timer.untilNext(Duration.ofMinutes(1))).isZero();
    }
}
