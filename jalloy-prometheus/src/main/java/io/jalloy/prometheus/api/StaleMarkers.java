package io.jalloy.prometheus.api;

/** Prometheus's staleness marker: a NaN with a specific bit pattern, distinct from ordinary NaN. */
public final class StaleMarkers {
    /** The bits of Prometheus's StaleNaN. */
    public static final long STALE_NAN_BITS = 0x7ff0000000000002L;
    /** The stale marker as a double; compare with {@link #isStale}, never with {@code ==}. */
    public static final double STALE_NAN = Double.longBitsToDouble(STALE_NAN_BITS);

    private StaleMarkers() {}

    public static boolean isStale(double v) {
        return Double.doubleToRawLongBits(v) == STALE_NAN_BITS;
    }
}
