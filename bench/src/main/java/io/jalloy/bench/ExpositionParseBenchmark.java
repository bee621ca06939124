package io.jalloy.bench;

import io.jalloy.prometheus.internal.exposition.Exemplar;
import io.jalloy.prometheus.internal.exposition.ExpositionParser;
import io.jalloy.prometheus.internal.exposition.ExpositionSink;
import io.jalloy.prometheus.internal.exposition.NativeHistogram;
import io.jalloy.prometheus.internal.exposition.OpenMetricsParser;
import io.jalloy.prometheus.internal.exposition.ParseResult;
import io.jalloy.prometheus.internal.exposition.PromTextParser;
import io.jalloy.prometheus.internal.exposition.ProtobufParser;
import io.jalloy.prometheus.internal.exposition.Series;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing a ~1,000-series exposition in each format into a sink that hashes every series, the
 * work a scrape loop does before its series lookup. ns/op divided by the sample count (printed at
 * setup) gives the per-sample cost to hold against the 0.8 CPU-s per million samples budget; run
 * with {@code -prof gc} to see that nothing is allocated per sample.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
public class ExpositionParseBenchmark {
    /** Label sets per family; 23 series each, so 44 gives 1,012 series. */
    @Param("44")
    public int pods;

    private byte[] text;
    private byte[] openMetrics;
    private byte[] protobuf;
    private final PromTextParser textParser = new PromTextParser();
    private final OpenMetricsParser openMetricsParser = new OpenMetricsParser();
    private final ProtobufParser protobufParser = new ProtobufParser();
    private final HashingSink sink = new HashingSink();

    /** Hashes each series as a scrape loop would before looking it up. */
    static final class HashingSink implements ExpositionSink {
        long acc;

        @Override
        public void sample(Series series, double value, long timestampMs, Exemplar exemplar) {
            acc += series.hash() ^ Double.doubleToRawLongBits(value);
        }

        @Override
        public void histogram(Series series, NativeHistogram histogram, long timestampMs) {
            acc += series.hash();
        }
    }

    @Setup
    public void setUp() {
        text = ExpositionCorpus.text(pods, false);
        openMetrics = ExpositionCorpus.text(pods, true);
        protobuf = ExpositionCorpus.protobuf(pods);
        report("text", textParser, text);
        report("openmetrics", openMetricsParser, openMetrics);
        report("protobuf", protobufParser, protobuf);
    }

    private void report(String name, ExpositionParser parser, byte[] body) {
        ParseResult r = parser.parse(body, 0, body.length, sink);
        if (!r.ok()) {
            throw new IllegalStateException(name + ": " + r);
        }
        System.out.println("\n" + name + ": " + body.length + " bytes, " + r.samples() + " samples");
    }

    @Benchmark
    public long prometheusText() {
        textParser.parse(text, 0, text.length, sink);
        return sink.acc;
    }

    @Benchmark
    public long openMetricsText() {
        openMetricsParser.parse(openMetrics, 0, openMetrics.length, sink);
        return sink.acc;
    }

    @Benchmark
    public long protobuf() {
        protobufParser.parse(protobuf, 0, protobuf.length, sink);
        return sink.acc;
    }
}
