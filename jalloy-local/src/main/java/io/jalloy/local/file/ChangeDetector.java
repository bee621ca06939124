package io.jalloy.local.file;

/**
 * Asks for a re-read of the watched file whenever it may have changed; closing stops it. Each
 * detector runs on its own virtual thread and only ever calls its reload callback.
 */
interface ChangeDetector extends AutoCloseable {

    /** Stops the detector; idempotent. */
    @Override
    void close();
}
