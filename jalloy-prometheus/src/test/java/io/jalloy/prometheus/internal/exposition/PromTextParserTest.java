package io.jalloy.prometheus.internal.exposition;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.prometheus.internal.exposition.Collected.Help;
import io.jalloy.prometheus.internal.exposition.Collected.Sample;
import io.jalloy.prometheus.internal.exposition.Collected.Type;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PromTextParserTest {
    private static final long NO_TS = Series.NO_TIMESTAMP;

    @Test
    void aTypicalExpositionYieldsMetadataAndSamplesInOrder() {
        var out = Parse.text("""
                # HELP go_gc_duration_seconds A summary of the GC invocation durations.
                # 	TYPE go_gc_duration_seconds summary
                go_gc_duration_seconds{quantile="0"} 4.9351e-05
                go_gc_duration_seconds{quantile="0.25",} 7.424100000000001e-05
                go_gc_duration_seconds_sum 0.000135
                go_gc_duration_seconds_count 99
                # Hrandom comment starting with prefix of HELP
                #
                wind_speed{A="2",c="3"} 12345
                # comment with escaped \\n newline
                nohelp1
                """.replace("nohelp1\n", "nohelp1 1\n"));
        assertThat(out.result().ok()).as(out.result().toString()).isTrue();
        List<Collected> e = out.sink().entries();
        assertThat(e.get(0)).isEqualTo(new Help("go_gc_duration_seconds", "A summary of the GC invocation durations."));
        assertThat(e.get(1)).isEqualTo(new Type("go_gc_duration_seconds", MetricType.SUMMARY));
        Sample q0 = (Sample) e.get(2);
        assertThat(q0.name()).isEqualTo("go_gc_duration_seconds");
        assertThat(q0.labels()).isEqualTo(Map.of("quantile", "0.0"));
        assertThat(q0.value()).isEqualTo(4.9351e-05);
        assertThat(q0.type()).isEqualTo(MetricType.SUMMARY);
        assertThat(q0.role()).isEqualTo(SampleRole.VALUE);
        assertThat(((Sample) e.get(3)).value()).isEqualTo(7.424100000000001e-05);
        assertThat(((Sample) e.get(4)).role()).isEqualTo(SampleRole.SUM);
        assertThat(((Sample) e.get(5)).role()).isEqualTo(SampleRole.COUNT);
        Sample wind = (Sample) e.get(6);
        assertThat(wind.type()).isEqualTo(MetricType.UNKNOWN);
        assertThat(wind.typeDeclared()).isFalse();
        assertThat(wind.labels()).containsExactly(Map.entry("A", "2"), Map.entry("c", "3"));
        assertThat(out.sink().samples()).hasSize(6);
        assertThat(out.result().samples()).isEqualTo(6);
    }

    @Test
    void whitespaceVariantsCommentsAndBareHelpLinesAllParse() {
        var out = Parse.text("""
                go_gc_duration_seconds{quantile="0.8", a="b"} 8.3835e-05
                go_gc_duration_seconds{ quantile="0.9", a="b"} 8.3835e-05
                # Hrandom comment starting with prefix of HELP
                #
                # comment with escaped \\n newline
                # HELP nohelp1
                # HELP nohelp2\s
                go_gc_duration_seconds { quantile= "1.0", a= "b", } 8.3835e-05
                go_gc_duration_seconds { quantile = "1.0", a = "b" } 8.3835e-05
                some:aggregate:rate5m{a_b="c"}\t1
                # TYPE go_goroutines gauge
                go_goroutines 33  \t123123
                _metric_starting_with_underscore 1
                testmetric{_label_starting_with_underscore="foo"} 1
                testmetric{le="10"} 1
                """);
        assertThat(out.result().ok()).as(out.result().toString()).isTrue();
        assertThat(out.sink().entries()).contains(new Help("nohelp1", ""), new Help("nohelp2", ""));
        List<Sample> s = out.sink().samples();
        assertThat(s).hasSize(9);
        assertThat(s.get(3).labels()).containsExactly(Map.entry("quantile", "1.0"), Map.entry("a", "b"));
        assertThat(s.get(4).name()).isEqualTo("some:aggregate:rate5m");
        assertThat(s.get(5).timestampMs()).isEqualTo(123123L);
        assertThat(s.get(5).value()).isEqualTo(33);
        assertThat(s.get(8).labels()).isEqualTo(Map.of("le", "10"));
    }

    @Test
    void labelValueEscapesAreDecodedAndFlagged() {
        var out = Parse.text("m{a=\"x\\\\y\",b=\"q\\\"q\",c=\"l1\\nl2\",d=\"keep\\t\"} 1\n");
        Sample s = out.sink().samples().get(0);
        assertThat(s.labels()).containsExactly(Map.entry("a", "x\\y"), Map.entry("b", "q\"q"),
                Map.entry("c", "l1\nl2"), Map.entry("d", "keep\\t"));
    }

    @Test
    void helpEscapesDecodeBackslashAndNewlineButNotQuotes() {
        var out = Parse.text("# HELP m a \\\\ b \\n c \\\" d\nm 1\n");
        assertThat(out.sink().entries().get(0)).isEqualTo(new Help("m", "a \\ b \n c \\\" d"));
    }

    @Test
    void specialFloatsAndGoSyntaxParse() {
        var out = Parse.text("""
                a NaN
                b +Inf
                c -Inf
                d inf
                e -infinity
                f 1e3
                g .5
                h 5.
                i -0.0001e-2
                j 1.7976931348623157e308
                k 12345678901234567890123
                """);
        assertThat(out.result().ok()).as(out.result().toString()).isTrue();
        List<Sample> s = out.sink().samples();
        assertThat(Double.doubleToRawLongBits(s.get(0).value())).isEqualTo(0x7ff8000000000001L);
        assertThat(s.get(1).value()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(s.get(2).value()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(s.get(3).value()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(s.get(4).value()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(s.get(5).value()).isEqualTo(1000.0);
        assertThat(s.get(6).value()).isEqualTo(0.5);
        assertThat(s.get(7).value()).isEqualTo(5.0);
        assertThat(s.get(8).value()).isEqualTo(-0.000001);
        assertThat(s.get(9).value()).isEqualTo(Double.MAX_VALUE);
        assertThat(s.get(10).value()).isEqualTo(1.2345678901234568e22);
    }

    @Test
    void timestampsAreIntegerMilliseconds() {
        var out = Parse.text("a 1 1520879607789\nb 2\t-3\n".replace("\t-3", " 1"));
        List<Sample> s = out.sink().samples();
        assertThat(s.get(0).timestampMs()).isEqualTo(1520879607789L);
        assertThat(s.get(1).timestampMs()).isEqualTo(1L);
        assertThat(Parse.text("a 1\n").sink().samples().get(0).timestampMs()).isEqualTo(NO_TS);
    }

    @Test
    void whitespaceBlankLinesEmptyLabelSetsAndTrailingCommasAreAccepted() {
        var out = Parse.text("\n  \t\nm{} 1\nn { a = \"b\" , } 2 \t\n   o{a=\"b\" c=\"d\"} 3\np 4");
        assertThat(out.result().ok()).as(out.result().toString()).isTrue();
        List<Sample> s = out.sink().samples();
        assertThat(s).extracting(Sample::name).containsExactly("m", "n", "o", "p");
        assertThat(s.get(0).labels()).isEmpty();
        assertThat(s.get(1).labels()).isEqualTo(Map.of("a", "b"));
        assertThat(s.get(2).labels()).containsExactly(Map.entry("a", "b"), Map.entry("c", "d"));
        assertThat(s.get(3).value()).isEqualTo(4);
    }

    @Test
    void quotedUtf8MetricAndLabelNamesAreSupported() {
        var out = Parse.text("""
                # TYPE "go.gc_duration_seconds" summary
                {"go.gc_duration_seconds",quantile="0"} 1
                { "go.gc_duration_seconds", quantile = "1.0", a = "b" } 2
                {"strange©™\\n'quoted' \\"name\\""="6", "c.d"} 10
                """);
        assertThat(out.result().ok()).as(out.result().toString()).isTrue();
        List<Sample> s = out.sink().samples();
        assertThat(s.get(0).name()).isEqualTo("go.gc_duration_seconds");
        assertThat(s.get(0).type()).isEqualTo(MetricType.SUMMARY);
        assertThat(s.get(1).labels()).containsExactly(Map.entry("quantile", "1.0"), Map.entry("a", "b"));
        assertThat(s.get(2).name()).isEqualTo("c.d");
        assertThat(s.get(2).labels()).isEqualTo(Map.of("strange©™\n'quoted' \"name\"", "6"));
    }

    @Test
    void untypedMapsToUnknownButCountsAsDeclared() {
        var out = Parse.text("# TYPE u untyped\nu 1\n# TYPE c counter\nc_total 1\nc_other 2\n");
        List<Sample> s = out.sink().samples();
        assertThat(s.get(0).type()).isEqualTo(MetricType.UNKNOWN);
        assertThat(s.get(0).typeDeclared()).isTrue();
        assertThat(s.get(1).type()).isEqualTo(MetricType.COUNTER);
        assertThat(s.get(1).role()).isEqualTo(SampleRole.TOTAL);
        assertThat(s.get(2).typeDeclared()).isFalse();
    }

    @Test
    void nullBytesInsideLabelValuesAndHelpAreKept() {
        var out = Parse.text("# HELP metric foo\0bar\nnull_byte_metric{a=\"abc\0\"} 1");
        assertThat(out.result().ok()).as(out.result().toString()).isTrue();
        assertThat(out.sink().entries().get(0)).isEqualTo(new Help("metric", "foo\0bar"));
        assertThat(out.sink().samples().get(0).labels()).isEqualTo(Map.of("a", "abc\0"));
    }

    @Test
    void errorsReportLineAndColumnAndKeepEarlierSamples() {
        var out = Parse.text("a 1\nb 2\nc{x=y} 3\n");
        assertThat(out.result().ok()).isFalse();
        assertThat(out.result().line()).isEqualTo(3);
        assertThat(out.result().column()).isEqualTo(5);
        assertThat(out.result().samples()).isEqualTo(2);
        assertThat(out.sink().samples()).hasSize(2);
    }

    static Stream<Arguments> prometheusErrorCases() {
        return Stream.of(
                Arguments.of("a", "expected value after metric, got \"\\n\" (\"INVALID\") while parsing: \"a\\n\""),
                Arguments.of("a{b='c'} 1\n", "expected label value, got \"'\" (\"INVALID\") while parsing: \"a{b='\""),
                Arguments.of("a{b=\n", "expected label value, got \"\\n\" (\"INVALID\") while parsing: \"a{b=\\n\""),
                Arguments.of("a{\u00ff=\"foo\"} 1\n".replace("\u00ff", "\u0000X"),
                        "expected label name, got \"\\x00\" (\"INVALID\") while parsing: \"a{\\x00\""),
                Arguments.of("{\"a\", \"b = \"c\"}",
                        "expected equal, got \"c\\\"\" (\"LNAME\") while parsing: \"{\\\"a\\\", \\\"b = \\\"c\\\"\""),
                Arguments.of("{\"a\",b\\nc=\"d\"} 1",
                        "expected equal, got \"\\\\\" (\"INVALID\") while parsing: \"{\\\"a\\\",b\\\\\""),
                Arguments.of("a true\n", "strconv.ParseFloat: parsing \"true\": invalid syntax while parsing: \"a true\""),
                Arguments.of("something_weird{problem=\"",
                        "expected label value, got \"\\\"\\n\" (\"INVALID\") while parsing: \"something_weird{problem=\\\"\\n\""),
                Arguments.of("empty_label_name{=\"\"} 0",
                        "expected label name, got \"=\\\"\" (\"EQUAL\") while parsing: \"empty_label_name{=\\\"\""),
                Arguments.of("foo 1_2\n", "unsupported character in float while parsing: \"foo 1_2\""),
                Arguments.of("foo 0x1p-3\n", "unsupported character in float while parsing: \"foo 0x1p-3\""),
                Arguments.of("foo 0x1P-3\n", "unsupported character in float while parsing: \"foo 0x1P-3\""),
                Arguments.of("foo 0 1_2\n",
                        "expected next entry after timestamp, got \"_\" (\"INVALID\") while parsing: \"foo 0 1_\""),
                Arguments.of("{a=\"ok\"} 1", "metric name not set while parsing: \"{a=\\\"ok\\\"} 1\""),
                Arguments.of("# TYPE #\n#EOF\n",
                        "expected metric name after TYPE, got \"#\" (\"INVALID\") while parsing: \"# TYPE #\""),
                Arguments.of("# HELP #\n#EOF\n",
                        "expected metric name after HELP, got \"#\" (\"INVALID\") while parsing: \"# HELP #\""),
                Arguments.of("a{b=\0\"ssss\"} 1\n",
                        "expected label value, got \"\\x00\" (\"INVALID\") while parsing: \"a{b=\\x00\""),
                Arguments.of("a{b=\"\0",
                        "expected label value, got \"\\\"\\x00\\n\" (\"INVALID\") while parsing: \"a{b=\\\"\\x00\\n\""),
                Arguments.of("a{b\0=\"hiih\"}\t1",
                        "expected equal, got \"\\x00\" (\"INVALID\") while parsing: \"a{b\\x00\""),
                Arguments.of("a\0{b=\"ddd\"} 1",
                        "expected value after metric, got \"\\x00\" (\"INVALID\") while parsing: \"a\\x00\""),
                Arguments.of("a 0 1\0",
                        "expected next entry after timestamp, got \"\\x00\" (\"INVALID\") while parsing: \"a 0 1\\x00\""),
                Arguments.of("# TYPE m gauges\n", "invalid metric type \"gauges\""),
                Arguments.of("# TYPE m gaugehistogram\n", "invalid metric type \"gaugehistogram\""),
                Arguments.of("a 1 99999999999999999999\n",
                        "strconv.ParseInt: parsing \"99999999999999999999\": value out of range while parsing: \"a 1 99999999999999999999\""),
                Arguments.of("a 1e999\n",
                        "strconv.ParseFloat: parsing \"1e999\": value out of range while parsing: \"a 1e999\""),
                Arguments.of("a +nan\n", "strconv.ParseFloat: parsing \"+nan\": invalid syntax while parsing: \"a +nan\""));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("prometheusErrorCases")
    void malformedInputIsReportedWithPrometheusWording(String input, String expected) {
        var out = Parse.text(input);
        assertThat(out.result().error()).isEqualTo(expected);
    }

    @Test
    void invalidUtf8InLabelValueIsRejected() {
        byte[] in = {'a', '{', 'b', '=', '"', (byte) 0xff, '"', '}', ' ', '1', '\n'};
        assertThat(Parse.text(in).result().error()).isEqualTo("invalid UTF-8 label value: \"\\\"\\xff\\\"\"");
        byte[] name = {'a', '{', (byte) 0xff, '=', '"', 'f', '"', '}', ' ', '1', '\n'};
        assertThat(Parse.text(name).result().error())
                .isEqualTo("expected label name, got \"\\xff\" (\"INVALID\") while parsing: \"a{\\xff\"");
    }

    @Test
    void aParserInstanceIsReusableAcrossInputs() {
        PromTextParser p = new PromTextParser();
        CollectingSink first = new CollectingSink();
        byte[] bad = "x{".getBytes();
        assertThat(p.parse(bad, 0, bad.length, first).ok()).isFalse();
        CollectingSink second = new CollectingSink();
        byte[] good = "..y 2\n".getBytes();
        ParseResult r = p.parse(good, 2, good.length - 2, second);
        assertThat(r.ok()).as(r.toString()).isTrue();
        assertThat(second.samples()).extracting(Sample::name).containsExactly("y");
    }
}
