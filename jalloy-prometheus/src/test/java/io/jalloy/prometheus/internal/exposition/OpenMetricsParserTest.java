package io.jalloy.prometheus.internal.exposition;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.prometheus.internal.exposition.Collected.CollectedExemplar;
import io.jalloy.prometheus.internal.exposition.Collected.Help;
import io.jalloy.prometheus.internal.exposition.Collected.Sample;
import io.jalloy.prometheus.internal.exposition.Collected.Type;
import io.jalloy.prometheus.internal.exposition.Collected.Unit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OpenMetricsParserTest {
    private static final String INPUT = """
            # HELP go_gc_duration_seconds A summary of the GC invocation durations.
            # TYPE go_gc_duration_seconds summary
            # UNIT go_gc_duration_seconds seconds
            go_gc_duration_seconds{quantile="0"} 4.9351e-05
            go_gc_duration_seconds{quantile="0.25"} 7.424100000000001e-05
            go_gc_duration_seconds{quantile="0.5",a="b"} 8.3835e-05
            # HELP nohelp1 \\"quoted\\" and \\\\ and \\n
            # HELP nohelp2\s
            # TYPE foo counter
            foo_total 17.0 1520879607.789 # {id="counter-test"} 5
            foo_created 1520872607.123
            # TYPE hh histogram
            hh_bucket{le="+Inf"} 1 # {id="histogram-count-test"} 4 1520879607.789
            hh_count 1
            hh_sum NaN
            # TYPE gh gaugehistogram
            gh_bucket{le="+Inf"} 1
            gh_gcount 1
            gh_gsum 2
            # TYPE ii info
            ii_info{foo="bar"} 1
            # TYPE ss stateset
            ss{ss="foo"} 1
            ss{ss="bar"} 0
            # TYPE un unknown
            _metric_starting_with_underscore 1
            testmetric{_label_starting_with_underscore="foo"} 1
            testmetric{label="\\"bar\\""} 1
            {"my.metric",quantile="1.0"} 3
            # EOF
            """;

    @Test
    void aFullExpositionParsesWithMetadataExemplarsAndTimestamps() {
        var out = Parse.openMetrics(INPUT);
        assertThat(out.result().ok()).as(out.result().toString()).isTrue();
        List<Collected> e = out.sink().entries();
        assertThat(e.subList(0, 3)).containsExactly(
                new Help("go_gc_duration_seconds", "A summary of the GC invocation durations."),
                new Type("go_gc_duration_seconds", MetricType.SUMMARY),
                new Unit("go_gc_duration_seconds", "seconds"));
        assertThat(e).contains(new Help("nohelp1", "\"quoted\" and \\ and \n"), new Help("nohelp2", ""));
        List<Sample> s = out.sink().samples();
        assertThat(s).hasSize(18);
        Sample total = s.get(3);
        assertThat(total.name()).isEqualTo("foo_total");
        assertThat(total.timestampMs()).isEqualTo(1520879607789L);
        assertThat(total.role()).isEqualTo(SampleRole.TOTAL);
        assertThat(total.exemplar()).isEqualTo(
                new CollectedExemplar(Map.of("id", "counter-test"), 5, Series.NO_TIMESTAMP));
        assertThat(s.get(4).role()).isEqualTo(SampleRole.CREATED);
        assertThat(s.get(4).value()).isEqualTo(1520872607.123);
        Sample bucket = s.get(5);
        assertThat(bucket.role()).isEqualTo(SampleRole.BUCKET);
        assertThat(bucket.exemplar().timestampMs()).isEqualTo(1520879607789L);
        assertThat(Double.isNaN(s.get(7).value())).isTrue();
        assertThat(s.get(8).type()).isEqualTo(MetricType.GAUGE_HISTOGRAM);
        assertThat(s.get(9).role()).isEqualTo(SampleRole.GCOUNT);
        assertThat(s.get(10).role()).isEqualTo(SampleRole.GSUM);
        assertThat(s.get(11).role()).isEqualTo(SampleRole.INFO);
        assertThat(s.get(12).type()).isEqualTo(MetricType.STATESET);
        assertThat(s.get(16).labels()).isEqualTo(Map.of("label", "\"bar\""));
        assertThat(s.get(17).name()).isEqualTo("my.metric");
    }

    @Test
    void eofMayOmitItsFinalNewline() {
        var out = Parse.openMetrics("a 1\n# EOF");
        assertThat(out.result().ok()).isTrue();
        assertThat(out.sink().samples()).hasSize(1);
    }

    @Test
    void exemplarLabelsValueAndTimestampAreDeliveredWithTheSample() {
        var out = Parse.openMetrics("a_total 1 # {trace_id=\"abc\",span_id=\"d\"} 1.0 1234.5\n# EOF\n");
        CollectedExemplar ex = out.sink().samples().get(0).exemplar();
        assertThat(ex.labels()).containsExactly(Map.entry("trace_id", "abc"), Map.entry("span_id", "d"));
        assertThat(ex.value()).isEqualTo(1.0);
        assertThat(ex.timestampMs()).isEqualTo(1234500L);
    }

    @Test
    void floatTimestampsTruncateToMilliseconds() {
        var out = Parse.openMetrics("a 1 1.0019\nb 1 -1.5\nc 1 1e3\n# EOF\n");
        assertThat(out.sink().samples()).extracting(Sample::timestampMs).containsExactly(1001L, -1500L, 1000000L);
    }

    static Stream<Arguments> prometheusErrorCases() {
        return Stream.of(
                Arguments.of("", "data does not end with # EOF"),
                Arguments.of("\n", "expected a valid start token, got \"\\n\" (\"INVALID\") while parsing: \"\\n\""),
                Arguments.of("metric", "expected value after metric, got \"metric\" (\"EOF\") while parsing: \"metric\""),
                Arguments.of("metric 1", "data does not end with # EOF"),
                Arguments.of("metric 1\n", "data does not end with # EOF"),
                Arguments.of("metric_total 1 # {aa=\"bb\"} 4", "data does not end with # EOF"),
                Arguments.of("a\n#EOF\n", "expected value after metric, got \"\\n\" (\"INVALID\") while parsing: \"a\\n\""),
                Arguments.of("\n\n#EOF\n", "expected a valid start token, got \"\\n\" (\"INVALID\") while parsing: \"\\n\""),
                Arguments.of(" a 1\n#EOF\n", "expected a valid start token, got \" \" (\"INVALID\") while parsing: \" \""),
                Arguments.of("9\n#EOF\n", "expected a valid start token, got \"9\" (\"INVALID\") while parsing: \"9\""),
                Arguments.of("# TYPE u untyped\n#EOF\n", "invalid metric type \"untyped\""),
                Arguments.of("# TYPE c counter \n#EOF\n", "invalid metric type \"counter \""),
                Arguments.of("#  TYPE c counter\n#EOF\n",
                        "expected a valid start token, got \"#  \" (\"INVALID\") while parsing: \"#  \""),
                Arguments.of("# TYPE \n#EOF\n",
                        "expected metric name after TYPE, got \"\\n\" (\"INVALID\") while parsing: \"# TYPE \\n\""),
                Arguments.of("# TYPE m\n#EOF\n", "expected text in TYPE"),
                Arguments.of("# UNIT metric suffix\n#EOF\n", "unit \"suffix\" not a suffix of metric \"metric\""),
                Arguments.of("# UNIT metricsuffix suffix\n#EOF\n", "unit \"suffix\" not a suffix of metric \"metricsuffix\""),
                Arguments.of("# UNIT m suffix\n#EOF\n", "unit \"suffix\" not a suffix of metric \"m\""),
                Arguments.of("# UNIT \n#EOF\n",
                        "expected metric name after UNIT, got \"\\n\" (\"INVALID\") while parsing: \"# UNIT \\n\""),
                Arguments.of("# UNIT m\n#EOF\n", "expected text in UNIT"),
                Arguments.of("# HELP \n#EOF\n",
                        "expected metric name after HELP, got \"\\n\" (\"INVALID\") while parsing: \"# HELP \\n\""),
                Arguments.of("# HELP m\n#EOF\n", "expected text in HELP"),
                Arguments.of("a\t1\n#EOF\n", "expected value after metric, got \"\\t\" (\"INVALID\") while parsing: \"a\\t\""),
                Arguments.of("a 1\t2\n#EOF\n",
                        "strconv.ParseFloat: parsing \"1\\t2\": invalid syntax while parsing: \"a 1\\t2\""),
                Arguments.of("a 1 2 \n#EOF\n",
                        "expected next entry after timestamp, got \" \\n\" (\"INVALID\") while parsing: \"a 1 2 \\n\""),
                Arguments.of("a 1 2 #\n#EOF\n",
                        "expected next entry after timestamp, got \" #\\n\" (\"TIMESTAMP\") while parsing: \"a 1 2 #\\n\""),
                Arguments.of("a 1 1z\n#EOF\n",
                        "strconv.ParseFloat: parsing \"1z\": invalid syntax while parsing: \"a 1 1z\""),
                Arguments.of(" # EOF\n", "expected a valid start token, got \" \" (\"INVALID\") while parsing: \" \""),
                Arguments.of("# EOF\na 1", "unexpected data after # EOF"),
                Arguments.of("# EOF\n\n", "unexpected data after # EOF"),
                Arguments.of("# EOFa 1", "unexpected data after # EOF"),
                Arguments.of("#\tTYPE c counter\n",
                        "expected a valid start token, got \"#\\t\" (\"INVALID\") while parsing: \"#\\t\""),
                Arguments.of("# TYPE c  counter\n", "invalid metric type \" counter\""),
                Arguments.of("a 1 1 1\n# EOF\n",
                        "expected next entry after timestamp, got \" 1\\n\" (\"TIMESTAMP\") while parsing: \"a 1 1 1\\n\""),
                Arguments.of("a{b='c'} 1\n# EOF\n",
                        "expected label value, got \"'\" (\"INVALID\") while parsing: \"a{b='\""),
                Arguments.of("a{,b=\"c\"} 1\n# EOF\n",
                        "expected label name, got \",b\" (\"COMMA\") while parsing: \"a{,b\""),
                Arguments.of("a{b=\"c\"d=\"e\"} 1\n# EOF\n",
                        "expected comma or brace close, got \"d=\" (\"LNAME\") while parsing: \"a{b=\\\"c\\\"d=\""),
                Arguments.of("a{b=\"c\",,d=\"e\"} 1\n# EOF\n",
                        "expected label name, got \",d\" (\"COMMA\") while parsing: \"a{b=\\\"c\\\",,d\""),
                Arguments.of("a{b=\n# EOF\n",
                        "expected label value, got \"\\n\" (\"INVALID\") while parsing: \"a{b=\\n\""),
                Arguments.of("{\"a\",\"b = \"c\"}\n# EOF\n",
                        "expected equal, got \"c\\\"\" (\"LNAME\") while parsing: \"{\\\"a\\\",\\\"b = \\\"c\\\"\""),
                Arguments.of("{\"a\",b\\nc=\"d\"} 1\n# EOF\n",
                        "expected equal, got \"\\\\\" (\"INVALID\") while parsing: \"{\\\"a\\\",b\\\\\""),
                Arguments.of("a true\n", "strconv.ParseFloat: parsing \"true\": invalid syntax while parsing: \"a true\""),
                Arguments.of("something_weird{problem=\"\n# EOF\n",
                        "expected label value, got \"\\\"\\n\" (\"INVALID\") while parsing: \"something_weird{problem=\\\"\\n\""),
                Arguments.of("empty_label_name{=\"\"} 0\n# EOF\n",
                        "expected label name, got \"=\\\"\" (\"EQUAL\") while parsing: \"empty_label_name{=\\\"\""),
                Arguments.of("foo 1_2\n\n# EOF\n", "unsupported character in float while parsing: \"foo 1_2\""),
                Arguments.of("foo 0x1p-3\n\n# EOF\n", "unsupported character in float while parsing: \"foo 0x1p-3\""),
                Arguments.of("foo 0 1_2\n\n# EOF\n", "unsupported character in float while parsing: \"foo 0 1_2\""),
                Arguments.of("custom_metric_total 1 # {aa=bb}\n# EOF\n",
                        "expected label value, got \"b\" (\"INVALID\") while parsing: \"custom_metric_total 1 # {aa=b\""),
                Arguments.of("custom_metric_total 1 # {aa=\"bb\"}\n# EOF\n",
                        "expected value after exemplar labels, got \"\\n\" (\"INVALID\") while parsing: \"custom_metric_total 1 # {aa=\\\"bb\\\"}\\n\""),
                Arguments.of("custom_metric_total 1 # {aa=\"bb\"}",
                        "expected value after exemplar labels, got \"}\" (\"EOF\") while parsing: \"custom_metric_total 1 # {aa=\\\"bb\\\"}\""),
                Arguments.of("custom_metric_total 1 # {bb}",
                        "expected label name, got \"}\" (\"BCLOSE\") while parsing: \"custom_metric_total 1 # {bb}\""),
                Arguments.of("custom_metric_total 1 # {bb, a=\"dd\"}",
                        "expected label name, got \", \" (\"COMMA\") while parsing: \"custom_metric_total 1 # {bb, \""),
                Arguments.of("custom_metric_total 1 # {aa=\"bb\",,cc=\"dd\"} 1",
                        "expected label name, got \",c\" (\"COMMA\") while parsing: \"custom_metric_total 1 # {aa=\\\"bb\\\",,c\""),
                Arguments.of("custom_metric_total 1 # {aa=\"bb\"} 1_2",
                        "unsupported character in float while parsing: \"custom_metric_total 1 # {aa=\\\"bb\\\"} 1_2\""),
                Arguments.of("custom_metric_total 1 # {aa=\"bb\"} true",
                        "strconv.ParseFloat: parsing \"true\": invalid syntax while parsing: \"custom_metric_total 1 # {aa=\\\"bb\\\"} true\""),
                Arguments.of("custom_metric_total 1 # {aa=\"bb\",cc=}",
                        "expected label value, got \"}\" (\"INVALID\") while parsing: \"custom_metric_total 1 # {aa=\\\"bb\\\",cc=}\""),
                Arguments.of("custom_metric_total 1 # {aa=\\\"\u00e9\\\"} 9.0",
                        "expected label value, got \"\\\\\" (\"INVALID\") while parsing: \"custom_metric_total 1 # {aa=\\\\\""),
                Arguments.of("{b=\"c\",} 1", "metric name not set while parsing: \"{b=\\\"c\\\",} 1\""),
                Arguments.of("a 1 NaN", "invalid timestamp NaN"),
                Arguments.of("a 1 -Inf", "invalid timestamp -Inf"),
                Arguments.of("a 1 Inf", "invalid timestamp +Inf"),
                Arguments.of("# TYPE hhh histogram\nhhh_bucket{le=\"+Inf\"} 1 # {aa=\"bb\"} 4 NaN",
                        "invalid exemplar timestamp NaN"),
                Arguments.of("# TYPE hhh histogram\nhhh_bucket{le=\"+Inf\"} 1 # {aa=\"bb\"} 4 -Inf",
                        "invalid exemplar timestamp -Inf"),
                Arguments.of("a{b=\0\"ssss\"} 1\n# EOF\n",
                        "expected label value, got \"\\x00\" (\"INVALID\") while parsing: \"a{b=\\x00\""),
                Arguments.of("a{b=\"\0",
                        "expected label value, got \"\\\"\\x00\" (\"INVALID\") while parsing: \"a{b=\\\"\\x00\""),
                Arguments.of("a{b\0=\"hiih\"}\t1",
                        "expected equal, got \"\\x00\" (\"INVALID\") while parsing: \"a{b\\x00\""),
                Arguments.of("a\0{b=\"ddd\"} 1",
                        "expected value after metric, got \"\\x00\" (\"INVALID\") while parsing: \"a\\x00\""),
                Arguments.of("#", "expected a valid start token, got \"#\" (\"INVALID\") while parsing: \"#\""),
                Arguments.of("# H", "expected a valid start token, got \"# H\" (\"INVALID\") while parsing: \"# H\""),
                Arguments.of("custom_metric_total 1 # {b=\0\"ssss\"} 1\n",
                        "expected label value, got \"\\x00\" (\"INVALID\") while parsing: \"custom_metric_total 1 # {b=\\x00\""),
                Arguments.of("custom_metric_total 1 # {b=\"\0ss\"} 1\n",
                        "expected label value, got \"\\\"\\x00\" (\"INVALID\") while parsing: \"custom_metric_total 1 # {b=\\\"\\x00\""),
                Arguments.of("# just a comment\n# EOF\n",
                        "expected a valid start token, got \"# j\" (\"INVALID\") while parsing: \"# j\""));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("prometheusErrorCases")
    void malformedInputIsReportedWithPrometheusWording(String input, String expected) {
        assertThat(Parse.openMetrics(input).result().error()).isEqualTo(expected);
    }

    @Test
    void nullBytesInLabelValuesAreAccepted() {
        for (String in : List.of("null_byte_metric{a=\"abc\0\"} 1\n# EOF\n", "a{b=\"\0ss\"} 1\n# EOF\n",
                "a{b=\"\0\"} 1\n# EOF")) {
            assertThat(Parse.openMetrics(in).result().ok()).as(in).isTrue();
        }
    }

    @Test
    void anErrorAfterEofNamesItsLineAndColumn() {
        var out = Parse.openMetrics("a 1\n# EOF\nb 2\n");
        assertThat(out.result().error()).isEqualTo("unexpected data after # EOF");
        assertThat(out.result().line()).isEqualTo(3);
        assertThat(out.result().column()).isEqualTo(1);
        assertThat(out.sink().samples()).hasSize(1);
    }
}
