package io.jalloy.loki.process.stages;

/** A stage configuration Alloy rejects, with Alloy's message. */
public final class StageException extends Exception {
    public StageException(String message) {
        super(message);
    }
}
