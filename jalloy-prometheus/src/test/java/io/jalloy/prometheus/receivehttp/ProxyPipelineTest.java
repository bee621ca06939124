package io.jalloy.prometheus.receivehttp;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.http.ServerOptions;
import io.jalloy.component.NoExports;
import io.jalloy.prometheus.remotewrite.Exports;
import io.jalloy.prometheus.testing.FakeTarget;
import io.jalloy.prometheus.testing.FixedExposition;
import io.jalloy.prometheus.testing.PromQlSeries;
import io.jalloy.prometheus.testing.PrometheusPeer;
import io.jalloy.runtime.componenttest.ComponentTestController;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Issue 5, acceptance 3, the other way: Jalloy as a remote-write proxy between two real Prometheus
 * servers. One scrapes a fixed exposition and remote-writes into {@code prometheus.receive_http},
 * which forwards to {@code prometheus.remote_write}, which writes into the other. Every raw sample
 * the first holds (its synthetic series too) must be in the second with the same timestamp and
 * value, and nothing else.
 */
class ProxyPipelineTest {

    @Test
    void everySampleScrapedByOnePrometheusArrivesInAnotherThroughJalloy() throws Exception {
        int port = PrometheusPeer.freePort();
        try (FakeTarget target = new FakeTarget().body(FixedExposition.TEXT);
             PrometheusPeer sink = PrometheusPeer.start("");
             var rw = ComponentTestController.forName("prometheus.remote_write",
                     io.jalloy.prometheus.remotewrite.Arguments.class, Exports.class);
             var rx = ComponentTestController.forName("prometheus.receive_http", Arguments.class, NoExports.class)) {
            rw.start("endpoint {\n url = \"" + sink.remoteWriteUrl() + "\"\n queue_config {\n"
                    + " batch_send_deadline = \"100ms\"\n}\n}\nexternal_labels = { via = \"jalloy\" }");
            rx.start(Arguments.of(new ServerOptions("127.0.0.1", port, 0, Duration.ZERO, Duration.ZERO,
                    Duration.ZERO), List.of(rw.waitExports(Duration.ofSeconds(5)).receiver())));
            String config = """
                    scrape_configs:
                      - job_name: source
                        static_configs:
                          - targets: ['%TARGET%']
                    remote_write:
                      - url: http://127.0.0.1:%PORT%/api/v1/metrics/write
                        queue_config:
                          batch_send_deadline: 100ms
                    """.replace("%PORT%", String.valueOf(port)).replace("%TARGET%", target.address());
            try (PrometheusPeer source = PrometheusPeer.start(config)) {
                long deadline = System.currentTimeMillis() + 20_000;
                while (upSamples(source, System.currentTimeMillis()) < 4 && System.currentTimeMillis() < deadline) {
                    Thread.sleep(200);
                }
                long at = System.currentTimeMillis() - 500;
                assertThat(upSamples(source, at)).isGreaterThanOrEqualTo(3);
                Map<String, List<PromQlSeries.Point>> sent = Map.of();
                Map<String, List<PromQlSeries.Point>> arrived = Map.of();
                while (System.currentTimeMillis() < deadline) {
                    sent = bySeries(source.series("{job=\"source\"}[1m]", at), false);
                    arrived = bySeries(sink.series("{__name__=~\".+\"}[1m]", at), true);
                    if (sent.equals(arrived)) {
                        break;
                    }
                    Thread.sleep(250);
                }
                assertThat(sent).as("series the source holds").hasSize(FixedExposition.SAMPLES + 5);
                assertThat(arrived.keySet()).as("series set").isEqualTo(sent.keySet());
                assertThat(arrived).as("samples, timestamps and values").isEqualTo(sent);
                assertThat(sent.get("{__name__=jalloy_fixed_size_bytes, instance=" + target.address()
                        + ", job=source, quantile=0.9}")).allSatisfy(p -> assertThat(p.value()).isNaN());
            }
        }
    }

    private static int upSamples(PrometheusPeer p, long at) throws Exception {
        return p.series("up{job=\"source\"}[1m]", at).stream().mapToInt(s -> s.points().size()).sum();
    }

    /** Series (labels as text) to raw samples; the sink's must all carry {@code via="jalloy"}, which is dropped. */
    private static Map<String, List<PromQlSeries.Point>> bySeries(List<PromQlSeries> result, boolean viaJalloy) {
        Map<String, List<PromQlSeries.Point>> out = new TreeMap<>();
        for (PromQlSeries s : result) {
            if (viaJalloy) {
                assertThat(s.labels()).containsEntry("via", "jalloy");
            }
            out.put(s.labelsWithout("via").toString(), s.points());
        }
        return out;
    }
}
