package io.jalloy.prometheus.internal.exposition;

/**
 * The part a flat sample plays in its family, read from the name suffix the family type allows
 * (e.g. {@code _bucket} of a histogram); lets a caller rebuild histograms and summaries from the
 * flat sample stream.
 */
public enum SampleRole {
    /** A plain value: gauge, unknown, a counter without {@code _total}, or a summary quantile. */
    VALUE,
    TOTAL,
    CREATED,
    BUCKET,
    COUNT,
    SUM,
    GCOUNT,
    GSUM,
    INFO;

    private static final byte[] S_TOTAL = "_total".getBytes();
    private static final byte[] S_CREATED = "_created".getBytes();
    private static final byte[] S_BUCKET = "_bucket".getBytes();
    private static final byte[] S_COUNT = "_count".getBytes();
    private static final byte[] S_SUM = "_sum".getBytes();
    private static final byte[] S_GCOUNT = "_gcount".getBytes();
    private static final byte[] S_GSUM = "_gsum".getBytes();
    private static final byte[] S_INFO = "_info".getBytes();

    static SampleRole of(MetricType type, byte[] b, int off, int len) {
        switch (type) {
            case COUNTER -> {
                if (Bytes.endsWith(b, off, len, S_TOTAL)) {
                    return TOTAL;
                }
                if (Bytes.endsWith(b, off, len, S_CREATED)) {
                    return CREATED;
                }
            }
            case HISTOGRAM, GAUGE_HISTOGRAM, SUMMARY -> {
                if (type != MetricType.SUMMARY && Bytes.endsWith(b, off, len, S_BUCKET)) {
                    return BUCKET;
                }
                if (Bytes.endsWith(b, off, len, S_COUNT)) {
                    return COUNT;
                }
                if (Bytes.endsWith(b, off, len, S_SUM)) {
                    return SUM;
                }
                if (type == MetricType.GAUGE_HISTOGRAM && Bytes.endsWith(b, off, len, S_GCOUNT)) {
                    return GCOUNT;
                }
                if (type == MetricType.GAUGE_HISTOGRAM && Bytes.endsWith(b, off, len, S_GSUM)) {
                    return GSUM;
                }
                if (Bytes.endsWith(b, off, len, S_CREATED)) {
                    return CREATED;
                }
            }
            case INFO -> {
                if (Bytes.endsWith(b, off, len, S_INFO)) {
                    return INFO;
                }
            }
            default -> {
            }
        }
        return VALUE;
    }
}
