package io.jalloy.remote.testing;

import org.junit.jupiter.api.Assumptions;

/**
 * What a test does when its real peer cannot be had: under CI=true it fails, elsewhere it is
 * skipped with the reason, so a developer machine without the peer still runs the rest.
 */
public final class Peers {
    private Peers() {}

    /** Fails (CI) or aborts (elsewhere) the current test when {@code met} is false. */
    public static void require(boolean met, String what) {
        if (met) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError(what);
        }
        Assumptions.abort(what);
    }

    /** Fails (CI) or aborts (elsewhere) the current test. */
    public static void unavailable(String what, Throwable cause) {
        String message = what + " is unavailable: " + cause;
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError(message, cause);
        }
        Assumptions.abort(message);
    }
}
