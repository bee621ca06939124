package io.jalloy.prometheus.internal.exposition;

/**
 * Metric family types of the exposition formats, named as Prometheus names them ({@code untyped}
 * in the text format and {@code UNTYPED} in protobuf both map to {@link #UNKNOWN}).
 */
public enum MetricType {
    COUNTER("counter"),
    GAUGE("gauge"),
    HISTOGRAM("histogram"),
    GAUGE_HISTOGRAM("gaugehistogram"),
    SUMMARY("summary"),
    INFO("info"),
    STATESET("stateset"),
    UNKNOWN("unknown");

    private final String text;

    MetricType(String text) {
        this.text = text;
    }

    /** The lowercase name Prometheus uses for this type in metadata. */
    public String text() {
        return text;
    }
}
