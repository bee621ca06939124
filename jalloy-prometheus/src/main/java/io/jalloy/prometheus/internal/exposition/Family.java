package io.jalloy.prometheus.internal.exposition;

/**
 * The last declared metric family of a text exposition (name range and TYPE), used to attribute a
 * type to the samples that follow, as Prometheus's isSeriesPartOfFamily does.
 */
final class Family {
    private static final byte[][] COUNTER = suffixes("_total", "_created");
    private static final byte[][] HISTOGRAM = suffixes("_bucket", "_count", "_sum", "_created");
    private static final byte[][] GAUGE_HISTOGRAM = suffixes("_bucket", "_gcount", "_gsum");
    private static final byte[][] SUMMARY = suffixes("_count", "_sum", "_created");
    private static final byte[][] INFO = suffixes("_info");
    private static final byte[][] NONE = {};

    private byte[] buf;
    private int off;
    private int len = -1;
    private MetricType type = MetricType.UNKNOWN;

    void reset() {
        len = -1;
        type = MetricType.UNKNOWN;
    }

    /** Starts a new family at a HELP/UNIT line unless it names the current one. */
    void name(byte[] b, int o, int l) {
        if (len >= 0 && Bytes.equal(buf, off, len, b, o, l)) {
            return;
        }
        buf = b;
        off = o;
        len = l;
        type = null;
    }

    void declare(byte[] b, int o, int l, MetricType t) {
        buf = b;
        off = o;
        len = l;
        type = t;
    }

    /** Fills the series' type from this family; undeclared when the name is not part of it. */
    void attribute(Series s) {
        if (type == null || len < 0 || !contains(s.nameBuffer(), s.nameOffset(), s.nameLength())) {
            s.setType(MetricType.UNKNOWN, false);
        } else {
            s.setType(type, true);
        }
    }

    private boolean contains(byte[] b, int o, int l) {
        if (l < len || !java.util.Arrays.equals(b, o, o + len, buf, off, off + len)) {
            return false;
        }
        if (l == len) {
            return true;
        }
        byte[][] allowed = switch (type) {
            case COUNTER -> COUNTER;
            case HISTOGRAM -> HISTOGRAM;
            case GAUGE_HISTOGRAM -> GAUGE_HISTOGRAM;
            case SUMMARY -> SUMMARY;
            case INFO -> INFO;
            default -> NONE;
        };
        for (byte[] suffix : allowed) {
            if (l == len + suffix.length && java.util.Arrays.equals(b, o + len, o + l, suffix, 0, suffix.length)) {
                return true;
            }
        }
        return false;
    }

    private static byte[][] suffixes(String... s) {
        byte[][] out = new byte[s.length][];
        for (int k = 0; k < s.length; k++) {
            out[k] = s[k].getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
        return out;
    }
}
