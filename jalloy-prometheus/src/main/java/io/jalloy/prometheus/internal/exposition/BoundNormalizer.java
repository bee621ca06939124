package io.jalloy.prometheus.internal.exposition;

/**
 * Rewrites the {@code le} label of classic histogram buckets and the {@code quantile} label of
 * summaries to OpenMetrics float form ({@code le="1"} becomes {@code "1.0"}), as Prometheus does
 * for the text formats, so a series has one identity whichever format or client produced it. The
 * formatted bytes come from a cache, so steady-state scrapes allocate nothing. One per parser.
 */
final class BoundNormalizer {
    private static final byte[] LE = {'l', 'e'};
    private static final byte[] QUANTILE = "quantile".getBytes();

    private final GoFloat floats = new GoFloat();
    private final OpenMetricsFloat formats = new OpenMetricsFloat();

    /** Applies the rewrite for the type of the last TYPE line (Prometheus keys it on that, not on the name). */
    void apply(MetricType lastType, LabelSlices labels) {
        byte[] name;
        if (lastType == MetricType.HISTOGRAM) {
            name = LE;
        } else if (lastType == MetricType.SUMMARY) {
            name = QUANTILE;
        } else {
            return;
        }
        int i = labels.indexOf(name);
        if (i < 0 || labels.escaped(i)) {
            return;
        }
        byte[] vb = labels.valueBuffer(i);
        int vo = labels.valueOffset(i);
        int vl = labels.valueLength(i);
        double d = floats.parse(vb, vo, vl);
        if (floats.error != null) {
            return;
        }
        byte[] f = formats.bytes(d);
        if (!Bytes.equal(f, 0, f.length, vb, vo, vl)) {
            labels.setValue(i, f, 0, f.length);
        }
    }
}
