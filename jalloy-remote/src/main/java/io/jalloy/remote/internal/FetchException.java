package io.jalloy.remote.internal;

/**
 * A failed fetch from a remote source. The message is what the component reports in its health,
 * so it follows Alloy's wording (for example {@code unexpected status code 404 Not Found}).
 */
public final class FetchException extends Exception {
    private static final long serialVersionUID = 1L;

    /** A failure described by {@code message}. */
    public FetchException(String message) {
        super(message);
    }

    /** A failure described by {@code message}, caused by {@code cause}. */
    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
