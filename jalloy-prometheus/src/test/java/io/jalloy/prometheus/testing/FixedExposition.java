package io.jalloy.prometheus.testing;

/** A fixed exposition with every sample shape the peers should carry unchanged. */
public final class FixedExposition {
    private FixedExposition() {}

    /** Text format 0.0.4: gauges with special values and escapes, a counter, a histogram, a summary. */
    public static final String TEXT = """
            # HELP jalloy_fixed_gauge A gauge with special values.
            # TYPE jalloy_fixed_gauge gauge
            jalloy_fixed_gauge{kind="plain"} 42.5
            jalloy_fixed_gauge{kind="nan"} NaN
            jalloy_fixed_gauge{kind="pinf"} +Inf
            jalloy_fixed_gauge{kind="ninf"} -Inf
            jalloy_fixed_gauge{kind="small"} -0.00125
            jalloy_fixed_gauge{kind="big"} 1.5e+300
            jalloy_fixed_gauge{kind="escaped",path="C:\\\\dir \\"q\\"\\nnext"} 7
            # HELP jalloy_fixed_requests_total A counter.
            # TYPE jalloy_fixed_requests_total counter
            jalloy_fixed_requests_total{code="200"} 1027
            jalloy_fixed_requests_total{code="500"} 3
            # HELP jalloy_fixed_latency_seconds A histogram.
            # TYPE jalloy_fixed_latency_seconds histogram
            jalloy_fixed_latency_seconds_bucket{le="0.1"} 3
            jalloy_fixed_latency_seconds_bucket{le="0.5"} 5
            jalloy_fixed_latency_seconds_bucket{le="1"} 8
            jalloy_fixed_latency_seconds_bucket{le="+Inf"} 10
            jalloy_fixed_latency_seconds_sum 7.25
            jalloy_fixed_latency_seconds_count 10
            # HELP jalloy_fixed_size_bytes A summary.
            # TYPE jalloy_fixed_size_bytes summary
            jalloy_fixed_size_bytes{quantile="0.5"} 120
            jalloy_fixed_size_bytes{quantile="0.9"} NaN
            jalloy_fixed_size_bytes{quantile="0.99"} 2048
            jalloy_fixed_size_bytes_sum 123456
            jalloy_fixed_size_bytes_count 55
            """;

    /** How many samples {@link #TEXT} holds. */
    public static final int SAMPLES = 20;
}
