package io.jalloy.prometheus.internal.exposition;

/**
 * Receives what a parser finds, in input order, without the parser allocating per sample. Byte
 * ranges and the {@link Series}/{@link Exemplar}/{@link NativeHistogram} views are only valid during
 * the call. Called on the parsing thread only.
 */
public interface ExpositionSink {
    /**
     * A HELP line (or protobuf family help). The text is raw; {@code escapes.decode} unescapes it.
     */
    default void help(byte[] buf, int nameOff, int nameLen, int textOff, int textLen, HelpEscapes escapes) {}

    /** A TYPE line (or protobuf family type). */
    default void type(byte[] buf, int nameOff, int nameLen, MetricType type) {}

    /** A UNIT line (OpenMetrics, protobuf). */
    default void unit(byte[] buf, int nameOff, int nameLen, int unitOff, int unitLen) {}

    /**
     * One float sample.
     *
     * @param timestampMs milliseconds since the epoch, or {@link Series#NO_TIMESTAMP}
     * @param exemplar the sample's exemplar, or null
     */
    void sample(Series series, double value, long timestampMs, Exemplar exemplar);

    /** One native histogram sample (protobuf only). */
    default void histogram(Series series, NativeHistogram histogram, long timestampMs) {}
}
