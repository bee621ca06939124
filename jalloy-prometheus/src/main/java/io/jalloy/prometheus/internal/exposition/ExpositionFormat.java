package io.jalloy.prometheus.internal.exposition;

/** The three exposition formats a scrape can receive, keyed by the media type that selects them. */
public enum ExpositionFormat {
    /** Prometheus text, versions 0.0.4 and 1.0.0. */
    PROMETHEUS_TEXT("text/plain"),
    /** OpenMetrics text, versions 0.0.1 and 1.0.0. */
    OPENMETRICS_TEXT("application/openmetrics-text"),
    /** Length-delimited {@code io.prometheus.client.MetricFamily} messages. */
    PROTOBUF("application/vnd.google.protobuf");

    private final String mediaType;

    ExpositionFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format for a lowercase media type, or null when Prometheus would not recognise it. */
    public static ExpositionFormat ofMediaType(String mediaType) {
        for (ExpositionFormat f : values()) {
            if (f.mediaType.equals(mediaType)) {
                return f;
            }
        }
        return null;
    }

    /**
     * A new parser for this format.
     *
     * @param nativeHistograms protobuf only: decode native histograms ({@code scrape_native_histograms})
     * @param classicWithNative protobuf only: also deliver classic buckets of native histograms
     *     ({@code scrape_classic_histograms})
     */
    public ExpositionParser newParser(boolean nativeHistograms, boolean classicWithNative) {
        return switch (this) {
            case PROMETHEUS_TEXT -> new PromTextParser();
            case OPENMETRICS_TEXT -> new OpenMetricsParser();
            case PROTOBUF -> new ProtobufParser(nativeHistograms, classicWithNative);
        };
    }
}
