package io.jalloy.prometheus.internal.remotewrite;

/**
 * Constants of Prometheus Remote Write 1.0: HTTP headers as Prometheus sends them and the field
 * numbers of {@code prometheus.WriteRequest} and its nested messages.
 */
public final class RemoteWriteProtocol {
    public static final String CONTENT_ENCODING = "snappy";
    public static final String CONTENT_TYPE = "application/x-protobuf";
    public static final String VERSION_HEADER = "X-Prometheus-Remote-Write-Version";
    public static final String VERSION = "0.1.0";

    static final int WRITE_REQUEST_TIMESERIES = 1;
    static final int WRITE_REQUEST_METADATA = 3;
    static final int SERIES_LABELS = 1;
    static final int SERIES_SAMPLES = 2;
    static final int SERIES_EXEMPLARS = 3;
    static final int SERIES_HISTOGRAMS = 4;
    static final int LABEL_NAME = 1;
    static final int LABEL_VALUE = 2;
    static final int SAMPLE_VALUE = 1;
    static final int SAMPLE_TIMESTAMP = 2;
    static final int EXEMPLAR_LABELS = 1;
    static final int EXEMPLAR_VALUE = 2;
    static final int EXEMPLAR_TIMESTAMP = 3;
    static final int METADATA_TYPE = 1;
    static final int METADATA_FAMILY = 2;
    static final int METADATA_HELP = 4;
    static final int METADATA_UNIT = 5;
    static final int H_COUNT_INT = 1;
    static final int H_COUNT_FLOAT = 2;
    static final int H_SUM = 3;
    static final int H_SCHEMA = 4;
    static final int H_ZERO_THRESHOLD = 5;
    static final int H_ZERO_COUNT_INT = 6;
    static final int H_ZERO_COUNT_FLOAT = 7;
    static final int H_NEGATIVE_SPANS = 8;
    static final int H_NEGATIVE_DELTAS = 9;
    static final int H_NEGATIVE_COUNTS = 10;
    static final int H_POSITIVE_SPANS = 11;
    static final int H_POSITIVE_DELTAS = 12;
    static final int H_POSITIVE_COUNTS = 13;
    static final int H_RESET_HINT = 14;
    static final int H_TIMESTAMP = 15;
    static final int SPAN_OFFSET = 1;
    static final int SPAN_LENGTH = 2;

    private static final String[] METRIC_TYPES = {
        "unknown", "counter", "gauge", "histogram", "gaugehistogram", "summary", "info", "stateset"};

    private RemoteWriteProtocol() {}

    /** The MetricMetadata.MetricType number of a Prometheus type name (0 for unknown ones). */
    public static int metricType(String type) {
        for (int i = 0; i < METRIC_TYPES.length; i++) {
            if (METRIC_TYPES[i].equals(type)) {
                return i;
            }
        }
        return 0;
    }

    /** The Prometheus type name of a MetricType number. */
    public static String metricTypeName(int type) {
        return type >= 0 && type < METRIC_TYPES.length ? METRIC_TYPES[type] : "unknown";
    }
}
