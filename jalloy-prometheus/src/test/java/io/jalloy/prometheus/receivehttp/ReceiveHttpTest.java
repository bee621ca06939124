package io.jalloy.prometheus.receivehttp;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.compress.SnappyBlock;
import io.jalloy.common.http.ServerOptions;
import io.jalloy.common.labels.Labels;
import io.jalloy.component.NoExports;
import io.jalloy.prometheus.api.MetricsReceiver;
import io.jalloy.prometheus.internal.remotewrite.WriteRequestEncoder;
import io.jalloy.prometheus.testing.CollectingReceiver.Sample;
import io.jalloy.prometheus.testing.CollectingReceiver;
import io.jalloy.prometheus.testing.PrometheusPeer;
import io.jalloy.runtime.componenttest.ComponentTestController;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReceiveHttpTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private static ComponentTestController<Arguments, NoExports> start(int port, List<MetricsReceiver> to)
            throws Exception {
        var c = ComponentTestController.forName("prometheus.receive_http", Arguments.class, NoExports.class);
        c.start(Arguments.of(new ServerOptions("127.0.0.1", port, 0, java.time.Duration.ZERO,
                java.time.Duration.ZERO, java.time.Duration.ZERO), to));
        return c;
    }

    private int post(int port, byte[] body) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/metrics/write"))
                .header("Content-Encoding", "snappy").header("Content-Type", "application/x-protobuf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static byte[] request() throws Exception {
        WriteRequestEncoder enc = new WriteRequestEncoder();
        enc.addSample(WriteRequestEncoder.encodeLabels(Labels.of("__name__", "a", "job", "x")), 1000, 1);
        enc.addSample(WriteRequestEncoder.encodeLabels(Labels.of("__name__", "b", "job", "x")), 2000, 2);
        SnappyBlock s = new SnappyBlock();
        s.compress(enc.buffer().array(), enc.buffer().size());
        return java.util.Arrays.copyOf(s.output(), s.length());
    }

    @Test
    void aRequestIsAppendedToEveryReceiverInOneCommitAndAnswered204() throws Exception {
        CollectingReceiver one = new CollectingReceiver();
        CollectingReceiver two = new CollectingReceiver();
        int port = PrometheusPeer.freePort();
        try (var c = start(port, List.of(one, two))) {
            assertThat(post(port, request())).isEqualTo(204);
            for (CollectingReceiver r : List.of(one, two)) {
                assertThat(r.commits()).isEqualTo(1);
                assertThat(r.samples()).containsExactly(new Sample(Labels.of("__name__", "a", "job", "x"), 1000, 1),
                        new Sample(Labels.of("__name__", "b", "job", "x"), 2000, 2));
            }
        }
    }

    @Test
    void aBodyThatDoesNotDecodeIs400AndAFailingReceiverIs500() throws Exception {
        CollectingReceiver r = new CollectingReceiver();
        int port = PrometheusPeer.freePort();
        try (var c = start(port, List.of(r))) {
            assertThat(post(port, new byte[] {1, 2, 3, 4, 5})).isEqualTo(400);
            r.failCommits(true);
            assertThat(post(port, request())).isEqualTo(500);
            assertThat(r.commits()).isZero();
        }
    }

    @Test
    void aRealPrometheusRemoteWritesItsOwnSeriesWhole() throws Exception {
        CollectingReceiver r = new CollectingReceiver();
        int port = PrometheusPeer.freePort();
        try (var c = start(port, List.of(r))) {
            String config = """
                    scrape_configs:
                      - job_name: self
                        static_configs:
                          - targets: ['127.0.0.1:%SELF%']
                    remote_write:
                      - url: http://127.0.0.1:%PORT%/api/v1/metrics/write
                        queue_config:
                          batch_send_deadline: 100ms
                    """;
            try (PrometheusPeer prom = PrometheusPeer.start(config.replace("%PORT%", String.valueOf(port)))) {
                long deadline = System.currentTimeMillis() + 20_000;
                while (System.currentTimeMillis() < deadline
                        && r.samples().stream().noneMatch(s -> s.labels().get("__name__").equals("prometheus_build_info"))) {
                    Thread.sleep(100);
                }
                List<Sample> up = r.samples().stream().filter(s -> s.labels().get("__name__").equals("up")).toList();
                assertThat(up).isNotEmpty();
                assertThat(up.getFirst().labels()).isEqualTo(Labels.of("__name__", "up", "job", "self",
                        "instance", "127.0.0.1:" + prom.port()));
                assertThat(up.getFirst().value()).isEqualTo(1.0);
                Sample build = r.samples().stream()
                        .filter(s -> s.labels().get("__name__").equals("prometheus_build_info")).findFirst().orElseThrow();
                assertThat(build.labels().get("version")).startsWith("2.");
                assertThat(build.labels().get("goversion")).startsWith("go");
                Set<String> names = r.samples().stream().map(s -> s.labels().get("__name__"))
                        .collect(Collectors.toSet());
                assertThat(names).contains("scrape_duration_seconds", "scrape_samples_scraped", "prometheus_http_requests_total");
            }
        }
    }
}
