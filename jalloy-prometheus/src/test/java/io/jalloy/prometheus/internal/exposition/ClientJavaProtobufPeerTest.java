package io.jalloy.prometheus.internal.exposition;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.prometheus.internal.exposition.Collected.Histogram;
import io.jalloy.prometheus.internal.exposition.Collected.Sample;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Summary;
import io.prometheus.metrics.expositionformats.PrometheusProtobufWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Labels;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Decodes what a real protobuf producer writes, the Prometheus Java client's protobuf writer,
 * including native histograms with both bucket sides and the zero bucket.
 */
class ClientJavaProtobufPeerTest {
    private static byte[] body;

    @BeforeAll
    static void write() throws IOException {
        PrometheusRegistry registry = new PrometheusRegistry();
        var both = io.prometheus.metrics.core.metrics.Histogram.builder().name("latency_seconds").help("Latency.")
                .classicUpperBounds(0.1, 1, 10).labelNames("route").register(registry);
        for (double v : new double[] {0.05, 0.2, 0.2, 3, 7, 12, 0}) {
            both.labelValues("/x").observe(v);
        }
        both.labelValues("/x").observeWithExemplar(0.3, Labels.of("trace_id", "t1"));
        var nativeOnly = io.prometheus.metrics.core.metrics.Histogram.builder().name("delta").help("Deltas.")
                .nativeOnly().register(registry);
        for (double v : new double[] {-4, -0.5, 0, 0.5, 1, 1, 2, 1000}) {
            nativeOnly.observe(v);
        }
        Counter c = Counter.builder().name("events_total").help("Events.").register(registry);
        c.incWithExemplar(2, Labels.of("trace_id", "c1"));
        Summary s = Summary.builder().name("size_bytes").help("Sizes.").quantile(0.5, 0.01).register(registry);
        s.observe(5);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrometheusProtobufWriter writer = new PrometheusProtobufWriter();
        assertThat(writer.isAvailable()).isTrue();
        writer.write(out, registry.scrape());
        body = out.toByteArray();
    }

    private static CollectingSink parse(boolean classicWithNative) {
        CollectingSink sink = new CollectingSink();
        ParseResult r = new ProtobufParser(true, classicWithNative).parse(body, 0, body.length, sink);
        assertThat(r.ok()).as(r.toString()).isTrue();
        return sink;
    }

    /** Total observations in a native histogram: zero bucket plus every delta-decoded bucket. */
    private static double observations(Histogram h) {
        double total = h.zeroCount();
        for (Collected.Buckets side : List.of(h.positive(), h.negative())) {
            long running = 0;
            for (long d : side.deltas()) {
                running += d;
                assertThat(running).isNotNegative();
                total += running;
            }
            int spanned = side.spans().stream().mapToInt(span -> span[1]).sum();
            assertThat(spanned).isEqualTo(side.deltas().size());
        }
        return total;
    }

    @Test
    void nativeHistogramsDecodeToConsistentSpansAndDeltas() {
        CollectingSink sink = parse(false);
        Histogram delta = sink.histograms().stream().filter(h -> h.name().equals("delta")).findFirst().orElseThrow();
        assertThat(delta.count()).isEqualTo(8);
        assertThat(delta.sum()).isEqualTo(1000.0);
        assertThat(delta.negative().deltas()).isNotEmpty();
        assertThat(delta.zeroCount()).isEqualTo(1);
        assertThat(observations(delta)).isEqualTo(8);
        Histogram latency = sink.histograms().stream().filter(h -> h.name().equals("latency_seconds")).findFirst()
                .orElseThrow();
        assertThat(latency.labels()).containsEntry("route", "/x");
        assertThat(observations(latency)).isEqualTo(8);
        assertThat(sink.samples()).noneSatisfy(s -> assertThat(s.name()).startsWith("latency_seconds"));
    }

    @Test
    void classicBucketsComeAlongWhenAskedWithTheImplicitInfBucket() {
        List<Sample> buckets = parse(true).samples().stream().filter(s -> s.name().equals("latency_seconds_bucket"))
                .toList();
        assertThat(buckets).extracting(s -> s.labels().get("le")).containsExactly("0.1", "1.0", "10.0", "+Inf");
        assertThat(buckets).extracting(Sample::value).containsExactly(2.0, 5.0, 7.0, 8.0);
        assertThat(buckets).anySatisfy(s -> assertThat(s.exemplar()).isNotNull());
    }

    @Test
    void countersAndSummariesCarryExemplarsAndCreatedTimestamps() {
        List<Sample> samples = parse(false).samples();
        Sample events = samples.stream().filter(s -> s.name().equals("events_total")).findFirst().orElseThrow();
        assertThat(events.value()).isEqualTo(2);
        assertThat(events.exemplar().labels()).containsEntry("trace_id", "c1");
        assertThat(events.startTimestampMs()).isPositive();
        assertThat(samples).filteredOn(s -> s.name().startsWith("size_bytes")).extracting(Sample::name)
                .containsExactly("size_bytes_count", "size_bytes_sum", "size_bytes");
    }
}
