package io.jalloy.component;

/** A feature was used below the configured {@code --stability.level}; the message is Alloy's. */
public final class StabilityException extends Exception {

    public StabilityException(String message) {
        super(message);
    }
}
