package io.jalloy.prometheus.internal.exposition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FloatFormatTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "1, 1.0", "0, 0.0", "-1, -1.0", "0.005, 0.005", "1e6, 1e+06", "100000, 100000.0", "1e-5, 1e-05",
        "0.0001, 0.0001", "123456789, 1.23456789e+08", "-2.5, -2.5", "1e21, 1e+21", "4.9e-324, 5e-324",
        "1.7976931348623157e308, 1.7976931348623157e+308", "0.30000000000000004, 0.30000000000000004",
        "NaN, NaN", "Infinity, +Inf", "-Infinity, -Inf", "2.5e-7, 2.5e-07", "999999, 999999.0",
    })
    void boundsFormatLikeGosShortestG(double value, String expected) {
        assertThat(OpenMetricsFloat.format(value)).isEqualTo(expected);
        assertThat(new String(new OpenMetricsFloat().bytes(value))).isEqualTo(expected);
    }

    @Test
    void textBoundsAndQuantilesAreNormalisedOnlyForTheirFamilyTypes() {
        var out = Parse.text("""
                # TYPE h histogram
                h_bucket{le="1"} 1
                h_bucket{le="1e3"} 2
                h_bucket{le="+Inf"} 3
                h_bucket{le="junk"} 3
                # TYPE s summary
                s{quantile="0"} 1
                s{quantile="0.99"} 1
                # TYPE g gauge
                g{le="1",quantile="0"} 1
                """);
        assertThat(out.sink().samples()).extracting(s -> s.labels().toString()).containsExactly(
                "{le=1.0}", "{le=1000.0}", "{le=+Inf}", "{le=junk}", "{quantile=0.0}", "{quantile=0.99}",
                "{le=1, quantile=0}");
    }

    @Test
    void openMetricsBoundsAreNormalisedToo() {
        var out = Parse.openMetrics("# TYPE h histogram\nh_bucket{a=\"b\",le=\"10\"} 1\n# EOF\n");
        assertThat(out.sink().samples().get(0).labels()).isEqualTo(Map.of("a", "b", "le", "10.0"));
    }
}
