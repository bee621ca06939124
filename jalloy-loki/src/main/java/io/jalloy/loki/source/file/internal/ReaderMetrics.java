package io.jalloy.loki.source.file.internal;

/**
 * What a reader reports per file; implemented by the component over its metrics registry.
 * Called from reader threads, once per batch.
 */
public interface ReaderMetrics {

    void linesRead(String path, long lines);

    void bytes(String path, long readOffset, long fileSize);

    void activeDelta(int delta);

    /** Removes the per-file series when a reader finishes. */
    void forget(String path);
}
