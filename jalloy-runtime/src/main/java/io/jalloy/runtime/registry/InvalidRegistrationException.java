package io.jalloy.runtime.registry;

/** A component provider on the class path is broken: a build error, not a user's configuration error. */
public final class InvalidRegistrationException extends RuntimeException {

    public InvalidRegistrationException(String message) {
        super(message);
    }

    public InvalidRegistrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
