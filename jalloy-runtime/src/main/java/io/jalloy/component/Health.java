package io.jalloy.component;

import java.time.Instant;
import java.util.Objects;

/**
 * A health report: a state, an optional message saying why, and when it was last updated.
 *
 * @param state the health state
 * @param message why; empty when there is nothing to say
 * @param updateTime when the component last changed something that affects its health
 */
public record Health(HealthState state, String message, Instant updateTime) {

    public Health {
        Objects.requireNonNull(state, "state");
        message = message == null ? "" : message;
        Objects.requireNonNull(updateTime, "updateTime");
    }

    public static Health healthy(String message, Instant at) {
        return new Health(HealthState.HEALTHY, message, at);
    }

    public static Health unhealthy(String message, Instant at) {
        return new Health(HealthState.UNHEALTHY, message, at);
    }

    /**
     * The least healthy of the given reports: exited ranks below unhealthy, then unknown, then
     * healthy. Among equal states the most recent wins, and among equal times the earliest argument.
     */
    public static Health leastHealthy(Health first, Health... others) {
        Health least = first;
        for (Health h : others) {
            int cmp = Integer.compare(h.state.ordinal(), least.state.ordinal());
            if (cmp > 0 || (cmp == 0 && h.updateTime.isAfter(least.updateTime))) {
                least = h;
            }
        }
        return least;
    }
}
