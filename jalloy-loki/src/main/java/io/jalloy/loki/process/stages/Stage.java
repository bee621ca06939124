package io.jalloy.loki.process.stages;

/**
 * A compiled stage. {@link #bind} links it to what follows, once, when the pipeline is built;
 * the returned {@link Next} is then called for every entry on the pipeline's thread. A stage may
 * pass an entry on zero times (drop), once, or many times ({@code split_json}), now or later
 * ({@code multiline}, from {@link #flush}). Stages never throw for bad data: they count, log and
 * pass the entry on or drop it as Alloy does.
 */
public interface Stage {

    /** Links this stage to {@code downstream} and returns its entry point. */
    Next bind(Next downstream);

    /** Passes on entries held longer than the stage allows; called periodically and at shutdown. */
    default void flush(long nowNanos, boolean all) {}

    /** Releases resources (metrics, files). */
    default void close() {}
}
