package io.jalloy.remote.internal;

import java.time.Instant;

/**
 * The health of a polled source, kept independent of the runtime's health type so the polling
 * logic can be tested on its own; components convert it when they report.
 */
public record SourceStatus(State state, String message, Instant updated) {

    /** Alloy's health states that a source can be in. */
    public enum State {
        UNKNOWN,
        HEALTHY,
        UNHEALTHY
    }

    /** A healthy status. */
    public static SourceStatus healthy(String message, Instant at) {
        return new SourceStatus(State.HEALTHY, message, at);
    }

    /** An unhealthy status. */
    public static SourceStatus unhealthy(String message, Instant at) {
        return new SourceStatus(State.UNHEALTHY, message, at);
    }
}
