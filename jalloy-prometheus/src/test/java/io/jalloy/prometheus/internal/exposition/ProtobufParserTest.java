package io.jalloy.prometheus.internal.exposition;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.prometheus.internal.exposition.Collected.CollectedExemplar;
import io.jalloy.prometheus.internal.exposition.Collected.Help;
import io.jalloy.prometheus.internal.exposition.Collected.Histogram;
import io.jalloy.prometheus.internal.exposition.Collected.Sample;
import io.jalloy.prometheus.internal.exposition.Collected.Type;
import io.jalloy.prometheus.internal.exposition.Collected.Unit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProtobufParserTest {
    private static Parse.Outcome parse(boolean classic, Pb... families) {
        byte[] in = Pb.delimited(families);
        CollectingSink sink = new CollectingSink();
        return new Parse.Outcome(new ProtobufParser(true, classic).parse(in, 0, in.length, sink), sink);
    }

    private static Parse.Outcome parse(Pb... families) {
        return parse(false, families);
    }

    @Test
    void countersGaugesAndUntypedBecomeOneSampleEach() {
        var out = parse(
                Pb.msg().string(1, "requests_total").string(2, "Total requests.").varint(3, 0)
                        .msg(4, Pb.msg().msg(1, Pb.label("code", "200"))
                                .msg(3, Pb.msg().dbl(1, 42)
                                        .msg(2, Pb.msg().msg(1, Pb.label("trace_id", "abc")).dbl(2, 1.5)
                                                .msg(3, Pb.timestamp(1700000000, 123_000_000)))
                                        .msg(3, Pb.timestamp(1600000000, 5_000_000)))
                                .varint(6, 1700000001000L)),
                Pb.msg().string(1, "temp_celsius").varint(3, 1).string(5, "celsius")
                        .msg(4, Pb.msg().msg(2, Pb.msg().dbl(1, -3.5))),
                Pb.msg().string(1, "misc").varint(3, 3).msg(4, Pb.msg().msg(5, Pb.msg().dbl(1, 7))));
        assertThat(out.result().ok()).as(out.result().toString()).isTrue();
        List<Collected> e = out.sink().entries();
        assertThat(e.get(0)).isEqualTo(new Help("requests_total", "Total requests."));
        assertThat(e.get(1)).isEqualTo(new Type("requests_total", MetricType.COUNTER));
        Sample c = (Sample) e.get(2);
        assertThat(c.labels()).isEqualTo(Map.of("code", "200"));
        assertThat(c.value()).isEqualTo(42);
        assertThat(c.timestampMs()).isEqualTo(1700000001000L);
        assertThat(c.startTimestampMs()).isEqualTo(1600000000005L);
        assertThat(c.exemplar()).isEqualTo(new CollectedExemplar(Map.of("trace_id", "abc"), 1.5, 1700000000123L));
        assertThat(e.subList(3, 6)).containsExactly(new Help("temp_celsius", ""), new Unit("temp_celsius", "celsius"),
                new Type("temp_celsius", MetricType.GAUGE));
        assertThat(((Sample) e.get(6)).value()).isEqualTo(-3.5);
        assertThat(((Sample) e.get(6)).timestampMs()).isEqualTo(Series.NO_TIMESTAMP);
        assertThat(((Sample) e.get(9)).type()).isEqualTo(MetricType.UNKNOWN);
        assertThat(((Sample) e.get(9)).value()).isEqualTo(7);
    }

    @Test
    void summariesFlattenToCountSumAndQuantiles() {
        var out = parse(Pb.msg().string(1, "rpc_seconds").varint(3, 2)
                .msg(4, Pb.msg().msg(1, Pb.label("svc", "a"))
                        .msg(4, Pb.msg().varint(1, 10).dbl(2, 2.5)
                                .msg(3, Pb.msg().dbl(1, 0.5).dbl(2, 0.2))
                                .msg(3, Pb.msg().dbl(1, 0.99).dbl(2, 0.9))
                                .msg(3, Pb.msg().dbl(1, 1).dbl(2, 1.1)))));
        List<Sample> s = out.sink().samples();
        assertThat(s).extracting(Sample::name).containsExactly("rpc_seconds_count", "rpc_seconds_sum", "rpc_seconds",
                "rpc_seconds", "rpc_seconds");
        assertThat(s).extracting(Sample::value).containsExactly(10.0, 2.5, 0.2, 0.9, 1.1);
        assertThat(s.get(2).labels()).containsExactly(Map.entry("svc", "a"), Map.entry("quantile", "0.5"));
        assertThat(s.get(3).labels().get("quantile")).isEqualTo("0.99");
        assertThat(s.get(4).labels().get("quantile")).isEqualTo("1.0");
        assertThat(s.get(0).role()).isEqualTo(SampleRole.COUNT);
    }

    @Test
    void classicHistogramsGetTheImplicitInfBucketAndBucketExemplars() {
        var out = parse(Pb.msg().string(1, "lat_seconds").varint(3, 4)
                .msg(4, Pb.msg().msg(7, Pb.msg().varint(1, 5).dbl(2, 12.5)
                        .msg(3, Pb.msg().varint(1, 1).dbl(2, 0.005))
                        .msg(3, Pb.msg().varint(1, 3).dbl(2, 1e6)
                                .msg(3, Pb.msg().msg(1, Pb.label("id", "x")).dbl(2, 9)))
                        .msg(3, Pb.msg().varint(1, 4).dbl(2, 100000)))));
        List<Sample> s = out.sink().samples();
        assertThat(s).extracting(Sample::name).containsExactly("lat_seconds_count", "lat_seconds_sum",
                "lat_seconds_bucket", "lat_seconds_bucket", "lat_seconds_bucket", "lat_seconds_bucket");
        assertThat(s).extracting(x -> x.labels().get("le")).containsExactly(null, null, "0.005", "1e+06", "100000.0", "+Inf");
        assertThat(s).extracting(Sample::value).containsExactly(5.0, 12.5, 1.0, 3.0, 4.0, 5.0);
        assertThat(s.get(3).exemplar()).isEqualTo(new CollectedExemplar(Map.of("id", "x"), 9, Series.NO_TIMESTAMP));
        assertThat(s.get(2).role()).isEqualTo(SampleRole.BUCKET);
    }

    @Test
    void nativeHistogramsCarrySchemaZeroBucketSpansAndDeltas() {
        Pb h = Pb.msg().varint(1, 175).dbl(2, 0.0008280461746287094).sint(5, 3).dbl(6, 2.938735877055719e-39)
                .varint(7, 2)
                .msg(9, Pb.msg().sint(1, -162).varint(2, 1))
                .msg(9, Pb.msg().sint(1, 23).varint(2, 4))
                .packedSint(10, 1, 3, -2, -1, 1)
                .msg(12, Pb.msg().sint(1, -161).varint(2, 1))
                .msg(12, Pb.msg().sint(1, 8).varint(2, 3))
                .packedSint(13, 1, 2, -1, -1)
                .msg(16, Pb.msg().msg(1, Pb.label("dummyID", "59727")).dbl(2, -0.00039)
                        .msg(3, Pb.timestamp(1625851155, 146848499)))
                .msg(16, Pb.msg().msg(1, Pb.label("dummyID", "no-ts")).dbl(2, 1));
        var out = parse(Pb.msg().string(1, "test_histogram").varint(3, 4).msg(4, Pb.msg().msg(7, h)));
        assertThat(out.result().ok()).as(out.result().toString()).isTrue();
        assertThat(out.sink().samples()).isEmpty();
        Histogram nh = out.sink().histograms().get(0);
        assertThat(nh.name()).isEqualTo("test_histogram");
        assertThat(nh.isFloat()).isFalse();
        assertThat(nh.schema()).isEqualTo(3);
        assertThat(nh.count()).isEqualTo(175);
        assertThat(nh.zeroThreshold()).isEqualTo(2.938735877055719e-39);
        assertThat(nh.zeroCount()).isEqualTo(2);
        assertThat(nh.negative().spans()).extracting(Arrays::toString).containsExactly("[-162, 1]", "[23, 4]");
        assertThat(nh.negative().deltas()).containsExactly(1L, 3L, -2L, -1L, 1L);
        assertThat(nh.positive().spans()).extracting(Arrays::toString).containsExactly("[-161, 1]", "[8, 3]");
        assertThat(nh.positive().deltas()).containsExactly(1L, 2L, -1L, -1L);
        assertThat(nh.exemplars()).containsExactly(
                new CollectedExemplar(Map.of("dummyID", "59727"), -0.00039, 1625851155146L));
        assertThat(out.result().histograms()).isEqualTo(1);
    }

    @Test
    void floatNativeHistogramsUseAbsoluteCountsAndGaugeHistogramsAreMarked() {
        Pb h = Pb.msg().dbl(4, 175.5).dbl(2, 1).sint(5, -1).dbl(6, 0.001).dbl(8, 2.5)
                .msg(12, Pb.msg().sint(1, 0).varint(2, 2)).packedDouble(14, 1.5, 2.5);
        var out = parse(Pb.msg().string(1, "gh").varint(3, 5).msg(4, Pb.msg().msg(7, h)));
        Histogram nh = out.sink().histograms().get(0);
        assertThat(nh.isFloat()).isTrue();
        assertThat(nh.gauge()).isTrue();
        assertThat(nh.schema()).isEqualTo(-1);
        assertThat(nh.count()).isEqualTo(175.5);
        assertThat(nh.zeroCount()).isEqualTo(2.5);
        assertThat(nh.positive().counts()).containsExactly(1.5, 2.5);
    }

    @Test
    void classicBucketsOfNativeHistogramsAreKeptOnlyWhenAsked() {
        Pb family = Pb.msg().string(1, "both").varint(3, 4).msg(4, Pb.msg().msg(7, Pb.msg().varint(1, 2).dbl(2, 3)
                .sint(5, 0).msg(12, Pb.msg().sint(1, 0).varint(2, 1)).packedSint(13, 2)
                .msg(3, Pb.msg().varint(1, 2).dbl(2, 1))));
        assertThat(parse(false, family).sink().samples()).isEmpty();
        var kept = parse(true, family);
        assertThat(kept.sink().histograms()).hasSize(1);
        assertThat(kept.sink().samples()).extracting(Sample::name)
                .containsExactly("both_count", "both_sum", "both_bucket", "both_bucket");
    }

    @Test
    void withNativeHistogramsOffEveryHistogramIsReadAsClassic() {
        Pb family = Pb.msg().string(1, "nh").varint(3, 4).msg(4, Pb.msg().msg(7, Pb.msg().varint(1, 3).dbl(2, 4)
                .sint(5, 0).msg(12, Pb.msg().sint(1, 0).varint(2, 1)).packedSint(13, 3)));
        byte[] in = Pb.delimited(family);
        CollectingSink sink = new CollectingSink();
        ParseResult r = new ProtobufParser(false, false).parse(in, 0, in.length, sink);
        assertThat(r.histograms()).isZero();
        assertThat(sink.samples()).extracting(s -> s.name() + s.labels() + "=" + s.value())
                .containsExactly("nh_count{}=3.0", "nh_sum{}=4.0", "nh_bucket{le=+Inf}=3.0");
    }

    @Test
    void protobufHelpIsLiteralWithNoEscapes() {
        var out = parse(Pb.msg().string(1, "g").string(2, "a \\n b \\\\ c").varint(3, 1)
                .msg(4, Pb.msg().msg(2, Pb.msg().dbl(1, 1))));
        assertThat(out.sink().entries().get(0)).isEqualTo(new Help("g", "a \\n b \\\\ c"));
    }

    @Test
    void onlyTheValueKindOfTheFamilyTypeIsRead() {
        var out = parse(Pb.msg().string(1, "g").varint(3, 1).msg(4, Pb.msg().msg(2, Pb.msg().dbl(1, 5))
                .msg(5, Pb.msg().dbl(1, 9)).msg(3, Pb.msg().dbl(1, 7))));
        assertThat(out.sink().samples()).extracting(Sample::value).containsExactly(5.0);
    }

    @Test
    void emptyFamiliesAreSkippedEntirely() {
        var out = parse(Pb.msg().string(1, "empty").varint(3, 1), Pb.msg().string(1, "g").varint(3, 1)
                .msg(4, Pb.msg().msg(2, Pb.msg().dbl(1, 1))));
        assertThat(out.sink().entries()).doesNotContain(new Type("empty", MetricType.GAUGE));
        assertThat(out.sink().samples()).hasSize(1);
    }

    @Test
    void malformedInputIsReportedNotThrown() {
        byte[] truncated = Arrays.copyOf(Pb.delimited(Pb.msg().string(1, "g").varint(3, 1)
                .msg(4, Pb.msg().msg(2, Pb.msg().dbl(1, 1)))), 10);
        CollectingSink sink = new CollectingSink();
        ParseResult r = new ProtobufParser().parse(truncated, 0, truncated.length, sink);
        assertThat(r.error()).isEqualTo("unexpected EOF");
        assertThat(parse(Pb.msg().string(1, "").varint(3, 1).msg(4, Pb.msg())).result().error())
                .isEqualTo("invalid metric name: ");
        assertThat(parse(Pb.msg().string(1, "x").varint(3, 9).msg(4, Pb.msg())).result().error())
                .isEqualTo("unknown metric type for metric \"x\": 9");
        assertThat(parse(Pb.msg().string(1, "x_seconds").string(5, "bytes").varint(3, 1).msg(4, Pb.msg()))
                .result().error()).isEqualTo("unit \"bytes\" not a suffix of metric \"x_seconds\"");
        assertThat(parse(Pb.msg().string(1, "x_seconds_total").string(5, "seconds").varint(3, 0).msg(4, Pb.msg()))
                .result().ok()).isTrue();
    }
}
