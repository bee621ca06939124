package io.jalloy.prometheus.receivehttp;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.component.NoExports;
import io.jalloy.prometheus.remotewrite.Exports;
import io.jalloy.prometheus.testing.PrometheusPeer;
import io.jalloy.runtime.componenttest.ComponentTestController;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Jalloy as a remote-write proxy between two real Prometheus servers: one scrapes itself and
 * remote-writes into {@code prometheus.receive_http}, which forwards to
 * {@code prometheus.remote_write}, which writes into the other.
 */
class ProxyPipelineTest {

    @Test
    void seriesScrapedByOnePrometheusArriveInAnotherThroughJalloy() throws Exception {
        int port = PrometheusPeer.freePort();
        try (PrometheusPeer sink = PrometheusPeer.start("");
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
                          - targets: ['127.0.0.1:%SELF%']
                    remote_write:
                      - url: http://127.0.0.1:%PORT%/api/v1/metrics/write
                        queue_config:
                          batch_send_deadline: 100ms
                    """.replace("%PORT%", String.valueOf(port));
            try (PrometheusPeer source = PrometheusPeer.start(config)) {
                String result = "";
                long deadline = System.currentTimeMillis() + 20_000;
                while (System.currentTimeMillis() < deadline) {
                    result = sink.query("up{job=\"source\",via=\"jalloy\"}", System.currentTimeMillis() / 1000.0);
                    if (result.contains("\"1\"]")) {
                        break;
                    }
                    Thread.sleep(200);
                }
                assertThat(result).contains("\"instance\":\"127.0.0.1:" + source.port() + "\"")
                        .contains("\"via\":\"jalloy\"").contains("\"1\"]");
            }
        }
    }
}
