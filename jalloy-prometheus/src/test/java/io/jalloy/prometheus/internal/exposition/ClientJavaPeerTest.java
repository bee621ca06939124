package io.jalloy.prometheus.internal.exposition;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.prometheus.internal.exposition.Collected.Sample;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.core.metrics.Info;
import io.prometheus.metrics.core.metrics.StateSet;
import io.prometheus.metrics.core.metrics.Summary;
import io.prometheus.metrics.expositionformats.OpenMetricsTextFormatWriter;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.Unit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Parses what a real OpenMetrics producer writes: the Prometheus Java client's exposition writers
 * (already on the classpath through jalloy-runtime), over every metric type with exemplars,
 * units, created timestamps and awkward label values.
 */
class ClientJavaPeerTest {
    private static MetricSnapshots snapshots;

    @BeforeAll
    static void populateRegistry() {
        PrometheusRegistry registry = new PrometheusRegistry();
        Counter requests = Counter.builder().name("http_requests_total").help("Requests, \"quoted\"\\ and\nmultiline.")
                .labelNames("path", "code").register(registry);
        requests.labelValues("/a\"b\\c\nd", "200").incWithExemplar(3, Labels.of("trace_id", "abc123", "span_id", "s1"));
        requests.labelValues("/", "500").inc();
        Gauge temp = Gauge.builder().name("room_temperature_celsius").help("Temperature.").unit(Unit.CELSIUS)
                .register(registry);
        temp.set(Double.NEGATIVE_INFINITY);
        Histogram latency = Histogram.builder().name("request_duration_seconds").help("Latency.").classicOnly()
                .classicUpperBounds(0.005, 0.1, 1, 1e6).labelNames("m").register(registry);
        latency.labelValues("GET").observeWithExemplar(0.05, Labels.of("trace_id", "h1"));
        latency.labelValues("GET").observe(2);
        Summary sizes = Summary.builder().name("payload_bytes").help("Sizes.").quantile(0.5, 0.01).quantile(0.99, 0.001)
                .register(registry);
        sizes.observe(10);
        sizes.observe(30);
        Info info = Info.builder().name("build_info").help("Build.").labelNames("version").register(registry);
        info.setLabelValues("1.2.3");
        StateSet feature = StateSet.builder().name("feature_state").help("Features.").states("on", "off")
                .register(registry);
        feature.setTrue("on");
        snapshots = registry.scrape();
    }

    private static byte[] write(io.prometheus.metrics.expositionformats.ExpositionFormatWriter writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(out, snapshots);
        return out.toByteArray();
    }

    @Test
    void theOpenMetricsWriterOutputParsesCompletely() throws IOException {
        byte[] body = write(OpenMetricsTextFormatWriter.builder().setCreatedTimestampsEnabled(true).build());
        CollectingSink sink = PeerExpositions.assertCompleteTextParse(body, ExpositionFormat.OPENMETRICS_TEXT);
        List<Sample> s = sink.samples();
        Sample counter = s.stream().filter(x -> x.name().equals("http_requests_total")
                && "200".equals(x.labels().get("code"))).findFirst().orElseThrow();
        assertThat(counter.labels().get("path")).isEqualTo("/a\"b\\c\nd");
        assertThat(counter.value()).isEqualTo(3);
        assertThat(counter.role()).isEqualTo(SampleRole.TOTAL);
        assertThat(counter.exemplar().labels()).containsEntry("trace_id", "abc123").containsEntry("span_id", "s1");
        assertThat(counter.exemplar().timestampMs()).isNotEqualTo(Series.NO_TIMESTAMP);
        assertThat(s).anySatisfy(x -> assertThat(x.role()).isEqualTo(SampleRole.CREATED));
        assertThat(s).anySatisfy(x -> {
            assertThat(x.name()).isEqualTo("request_duration_seconds_bucket");
            assertThat(x.exemplar()).isNotNull();
        });
        assertThat(s).anySatisfy(x -> assertThat(x.type()).isEqualTo(MetricType.INFO));
        assertThat(s).anySatisfy(x -> assertThat(x.type()).isEqualTo(MetricType.STATESET));
        assertThat(sink.entries()).contains(new Collected.Unit("room_temperature_celsius", "celsius"),
                new Collected.Help("http_requests", "Requests, \"quoted\"\\ and\nmultiline."));
        assertThat(s).anySatisfy(x -> assertThat(x.value()).isEqualTo(Double.NEGATIVE_INFINITY));
    }

    @Test
    void thePrometheusTextWriterOutputParsesCompletely() throws IOException {
        byte[] body = write(PrometheusTextFormatWriter.builder().build());
        CollectingSink sink = PeerExpositions.assertCompleteTextParse(body, ExpositionFormat.PROMETHEUS_TEXT);
        Sample counter = sink.samples().stream().filter(x -> x.name().equals("http_requests_total")
                && "200".equals(x.labels().get("code"))).findFirst().orElseThrow();
        assertThat(counter.labels().get("path")).isEqualTo("/a\"b\\c\nd");
        assertThat(sink.samples()).anySatisfy(x -> assertThat(x.labels()).containsEntry("quantile", "0.99"));
    }
}
