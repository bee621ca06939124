package io.jalloy.prometheus.remotewrite;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.labels.Labels;
import io.jalloy.prometheus.api.Appender;
import io.jalloy.prometheus.api.MetricsReceiver;
import io.jalloy.prometheus.api.StaleMarkers;
import io.jalloy.prometheus.testing.CollectingReceiver.Sample;
import io.jalloy.prometheus.testing.CollectingServer;
import io.jalloy.prometheus.testing.PrometheusPeer;
import io.jalloy.runtime.componenttest.ComponentTestController;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemoteWriteTest {
    private static final Sleeper NO_WAIT = d -> {};

    @TempDir
    Path data;

    private static Arguments args(ComponentTestController<Arguments, Exports> c, String body) throws Exception {
        return c.parseArguments(body);
    }

    private static String endpoint(String url, String extra) {
        return "endpoint {\n url = \"" + url + "\"\n queue_config {\n batch_send_deadline = \"50ms\"\n min_backoff = \"1ms\"\n}\n"
                + extra + "\n}\n";
    }

    private static void append(MetricsReceiver r, String name, long ts, double v) {
        Appender a = r.appender();
        a.append(Appender.NO_REF, Labels.of("__name__", name, "job", "t"), ts, v);
        a.commit();
    }

    @Test
    void samplesReachARealPrometheus() throws Exception {
        try (PrometheusPeer prom = PrometheusPeer.start("");
             var c = ComponentTestController.forName("prometheus.remote_write", Arguments.class, Exports.class)) {
            c.start(endpoint(prom.remoteWriteUrl(), "") + "external_labels = { cluster = \"ci\" }");
            MetricsReceiver r = c.waitExports(Duration.ofSeconds(5)).receiver();
            long now = System.currentTimeMillis();
            Appender a = r.appender();
            long ref = Appender.NO_REF;
            for (int i = 0; i < 5; i++) {
                ref = a.append(ref, Labels.of("__name__", "jalloy_rw_test", "job", "t"), now - 4000 + i * 1000, i * 10);
            }
            a.append(Appender.NO_REF, Labels.of("__name__", "jalloy_rw_other", "job", "t"), now, 3.25);
            a.commit();
            String result = "";
            long deadline = System.currentTimeMillis() + 15_000;
            while (System.currentTimeMillis() < deadline) {
                result = prom.query("jalloy_rw_test{cluster=\"ci\",job=\"t\"}", now / 1000.0);
                if (result.contains("\"40\"")) {
                    break;
                }
                Thread.sleep(100);
            }
            assertThat(result).contains("\"__name__\":\"jalloy_rw_test\"").contains("\"cluster\":\"ci\"")
                    .contains("\"40\"");
            assertThat(prom.query("count_over_time(jalloy_rw_test[10s])", now / 1000.0)).contains("\"5\"");
            assertThat(prom.query("jalloy_rw_other", now / 1000.0)).contains("\"3.25\"");
        }
    }

    @Test
    void requestsCarryPrometheusHeadersRelabelledSeriesAndExternalLabels() throws Exception {
        try (CollectingServer server = new CollectingServer();
             var c = ComponentTestController.forName("prometheus.remote_write", Arguments.class, Exports.class)) {
            c.start(endpoint(server.url(), """
                    write_relabel_config {
                      source_labels = ["__name__"]
                      regex = "dropped_.*"
                      action = "drop"
                    }
                    """) + "external_labels = { cluster = \"ci\", job = \"ignored\" }");
            MetricsReceiver r = c.waitExports(Duration.ofSeconds(5)).receiver();
            append(r, "dropped_metric", 1000, 1);
            append(r, "kept_metric", 2000, 2);
            append(r, "kept_metric", 3000, StaleMarkers.STALE_NAN);
            server.awaitSamples(2, 5000);
            List<Sample> got = server.samples();
            assertThat(got).hasSize(2);
            assertThat(got.get(0)).isEqualTo(
                    new Sample(Labels.of("__name__", "kept_metric", "job", "t", "cluster", "ci"), 2000, 2));
            assertThat(StaleMarkers.isStale(got.get(1).value())).isTrue();
            var h = server.headers().getFirst();
            assertThat(h.get("Content-encoding")).containsExactly("snappy");
            assertThat(h.get("Content-type")).containsExactly("application/x-protobuf");
            assertThat(h.get("X-prometheus-remote-write-version")).containsExactly("0.1.0");
            assertThat(h.get("User-agent")).isNotEmpty();
            assertThat(c.metrics().scrape().stream().filter(m -> m.getMetadata().getPrometheusName()
                    .equals("prometheus_remote_storage_samples")).count()).isEqualTo(1);
        }
    }

    @Test
    void serverErrorsAreRetriedWithGrowingBackoffUntilAccepted() throws Exception {
        List<Duration> waits = new CopyOnWriteArrayList<>();
        try (CollectingServer server = new CollectingServer()) {
            server.status(503);
            ComponentTestController<Arguments, Exports> c = ComponentTestController.of(
                    new RemoteWriteProvider(waits::add));
            try (c) {
                c.start(endpoint(server.url(), ""));
                MetricsReceiver r = c.waitExports(Duration.ofSeconds(5)).receiver();
                append(r, "m", 1000, 1);
                server.awaitAttempts(4, 5000);
                server.status(429);
                server.awaitAttempts(6, 5000);
                server.status(200);
                server.awaitSamples(1, 5000);
                assertThat(server.samples()).extracting(Sample::value).containsExactly(1.0);
                assertThat(waits.subList(0, 3)).containsExactly(Duration.ofMillis(1), Duration.ofMillis(2),
                        Duration.ofMillis(4));
            }
        }
    }

    @Test
    void clientErrorsDropTheBatchAndLaterSamplesStillFlow() throws Exception {
        try (CollectingServer server = new CollectingServer();
             var c = ComponentTestController.of(new RemoteWriteProvider(NO_WAIT))) {
            server.status(400);
            c.start(endpoint(server.url(), ""));
            MetricsReceiver r = ((Exports) c.waitExports(Duration.ofSeconds(5))).receiver();
            append(r, "m", 1000, 1);
            server.awaitAttempts(1, 5000);
            Thread.sleep(200);
            assertThat(server.attempts()).isEqualTo(1);
            server.status(204);
            append(r, "m", 2000, 2);
            server.awaitSamples(1, 5000);
            assertThat(server.samples()).extracting(Sample::value).containsExactly(2.0);
        }
    }

    @Test
    void unsentSamplesAreReplayedFromTheWalAfterARestartAndSentOnesAreNot() throws Exception {
        Arguments first;
        List<Double> expected = new ArrayList<>();
        try (CollectingServer server = new CollectingServer()) {
            try (var parse = ComponentTestController.of(new RemoteWriteProvider())) {
                first = args(parse, endpoint(server.url(), "name = \"main\""));
            }
            try (RunningRemoteWrite rw = new RunningRemoteWrite(data, first, NO_WAIT)) {
                for (int i = 0; i < 3; i++) {
                    append(rw.receiver(), "m", 1000 + i, i);
                }
                server.awaitSamples(3, 5000);
                Thread.sleep(300); // let the reader record the position
                server.status(503);
                for (int i = 3; i < 8; i++) {
                    append(rw.receiver(), "m", 1000 + i, i);
                    expected.add((double) i);
                }
                server.awaitAttempts(5, 5000);
            }
            assertThat(server.samples()).hasSize(3);
        }
        try (CollectingServer second = new CollectingServer()) {
            Arguments next;
            try (var parse = ComponentTestController.of(new RemoteWriteProvider())) {
                next = args(parse, endpoint(second.url(), "name = \"main\""));
            }
            try (RunningRemoteWrite rw = new RunningRemoteWrite(data, next, NO_WAIT)) {
                second.awaitSamples(5, 10_000);
                Thread.sleep(200);
                assertThat(second.samples()).extracting(Sample::value).containsExactlyElementsOf(expected);
                assertThat(second.samples().getFirst().labels()).isEqualTo(Labels.of("__name__", "m", "job", "t"));
                // New samples use the series refs the replay restored.
                append(rw.receiver(), "m", 2000, 99);
                second.awaitSamples(6, 5000);
                assertThat(second.samples().getLast().value()).isEqualTo(99);
            }
        }
    }

    @Test
    void truncationDeletesSegmentsEveryEndpointSentPastAndKeepsPositions() throws Exception {
        try (CollectingServer server = new CollectingServer()) {
            Arguments a;
            try (var parse = ComponentTestController.of(new RemoteWriteProvider())) {
                a = args(parse, endpoint(server.url(), ""));
            }
            try (RunningRemoteWrite rw = new RunningRemoteWrite(data, a, NO_WAIT)) {
                long now = System.currentTimeMillis();
                append(rw.receiver(), "m", now, 1);
                server.awaitSamples(1, 5000);
                Thread.sleep(1300); // the reader saves positions within 200 ms of a move
                rw.component.truncate();
                append(rw.receiver(), "m", now + 1, 2);
                server.awaitSamples(2, 5000);
                assertThat(io.jalloy.prometheus.internal.wal.Segments.list(data.resolve("wal"))).containsExactly(2L);
                assertThat(java.nio.file.Files.readString(data.resolve("wal/positions"))).matches("[0-9a-f]{6} [12] \\d+\\n"); // 2 once the second sample's send is saved
                var highest = rw.registry.scrape().stream()
                        .filter(m -> m.getMetadata().getPrometheusName()
                                .equals("prometheus_remote_storage_highest_timestamp_in_seconds")).findFirst();
                assertThat(highest).isPresent();
            }
        }
    }

    @Test
    void aBackloggedHealthyEndpointGainsShardsAndKeepsEachSeriesInOrder() throws Exception {
        try (CollectingServer server = new CollectingServer();
             var c = ComponentTestController.of(new RemoteWriteProvider(NO_WAIT))) {
            server.delay(20);
            c.start("""
                    endpoint {
                      url = "%s"
                      queue_config {
                        capacity = 200
                        max_samples_per_send = 20
                        max_shards = 4
                        batch_send_deadline = "20ms"
                      }
                    }
                    """.formatted(server.url()));
            MetricsReceiver r = c.waitExports(Duration.ofSeconds(5)).receiver();
            int perSeries = 300;
            long[] refs = new long[10];
            for (int i = 0; i < perSeries; i++) {
                Appender a = r.appender();
                for (int s = 0; s < refs.length; s++) {
                    refs[s] = a.append(refs[s], Labels.of("__name__", "m", "s", String.valueOf(s)), i, i);
                }
                a.commit();
            }
            server.awaitSamples(perSeries * refs.length, 30_000);
            List<Sample> got = server.samples();
            assertThat(got).hasSize(perSeries * refs.length);
            for (int s = 0; s < refs.length; s++) {
                String id = String.valueOf(s);
                assertThat(got.stream().filter(x -> x.labels().get("s").equals(id)).map(Sample::timestampMs).toList())
                        .isSorted().hasSize(perSeries);
            }
            double shards = c.metrics().scrape().stream()
                    .filter(m -> m.getMetadata().getPrometheusName().equals("prometheus_remote_storage_shards"))
                    .flatMap(m -> ((io.prometheus.metrics.model.snapshots.GaugeSnapshot) m).getDataPoints().stream())
                    .mapToDouble(d -> d.getValue()).max().orElse(0);
            assertThat(shards).isGreaterThan(1);
        }
    }

    @Test
    void samplesOlderThanTheAgeLimitAreDroppedAndCounted() throws Exception {
        try (CollectingServer server = new CollectingServer();
             var c = ComponentTestController.of(new RemoteWriteProvider(NO_WAIT))) {
            c.start("endpoint {\n url = \"" + server.url() + "\"\n queue_config {\n batch_send_deadline = \"20ms\"\n"
                    + " sample_age_limit = \"1m\"\n}\n}\n");
            MetricsReceiver r = ((Exports) c.waitExports(Duration.ofSeconds(5))).receiver();
            long now = System.currentTimeMillis();
            append(r, "m", now - 120_000, 1);
            append(r, "m", now, 2);
            server.awaitSamples(1, 5000);
            assertThat(server.samples()).extracting(Sample::value).containsExactly(2.0);
            double dropped = c.metrics().scrape().stream()
                    .filter(m -> m.getMetadata().getPrometheusName().equals("prometheus_remote_storage_samples_dropped"))
                    .flatMap(m -> ((io.prometheus.metrics.model.snapshots.CounterSnapshot) m).getDataPoints().stream())
                    .mapToDouble(d -> d.getValue()).sum();
            assertThat(dropped).isEqualTo(1);
        }
    }

    @Test
    void exemplarsHistogramsAndMetadataTravelThroughTheWal() throws Exception {
        try (CollectingServer server = new CollectingServer();
             var c = ComponentTestController.of(new RemoteWriteProvider(NO_WAIT))) {
            c.start(endpoint(server.url(), """
                    send_native_histograms = true
                    metadata_config {
                      send_interval = "100ms"
                    }
                    """));
            MetricsReceiver r = ((Exports) c.waitExports(Duration.ofSeconds(5))).receiver();
            Labels h = Labels.of("__name__", "latency", "job", "t");
            Appender a = r.appender();
            long ref = a.appendHistogram(Appender.NO_REF, h, 5000, new io.jalloy.prometheus.api.HistogramSample(
                    1, 0.001, 2, 12, 30.5, new int[] {0, 2}, new double[] {4, 6}, new int[0], new double[0], 0));
            a.appendExemplar(ref, h, new io.jalloy.prometheus.api.ExemplarSample(
                    Labels.of("trace_id", "t1"), 0.7, 4999, true));
            a.updateMetadata(ref, h, new io.jalloy.prometheus.api.MetricMetadata("histogram", "Request latency.", ""));
            a.commit();
            long deadline = System.currentTimeMillis() + 5000;
            while (System.currentTimeMillis() < deadline && (server.requests().stream()
                    .noneMatch(q -> !q.metadata().isEmpty()) || server.requests().stream()
                    .mapToLong(q -> q.series().size()).sum() < 2)) {
                Thread.sleep(20);
            }
            var series = server.requests().stream().flatMap(q -> q.series().stream()).toList();
            var hist = series.stream().flatMap(x -> x.histograms().stream()).findFirst().orElseThrow();
            assertThat(hist.timestampMs()).isEqualTo(5000);
            assertThat(hist.histogram().positiveCounts()).containsExactly(4, 6);
            assertThat(hist.histogram().sum()).isEqualTo(30.5);
            var ex = series.stream().flatMap(x -> x.exemplars().stream()).findFirst().orElseThrow();
            assertThat(ex.labels()).isEqualTo(Labels.of("trace_id", "t1"));
            assertThat(series).allSatisfy(x -> assertThat(x.labels()).isEqualTo(h));
            var md = server.requests().stream().flatMap(q -> q.metadata().stream()).findFirst().orElseThrow();
            assertThat(md).isEqualTo(new io.jalloy.prometheus.internal.remotewrite.DecodedWriteRequest.Metadata(
                    "latency", "histogram", "Request latency.", ""));
        }
    }

    @Test
    void newArgumentsRebuildEndpointsThatContinueFromTheWal() throws Exception {
        try (CollectingServer first = new CollectingServer(); CollectingServer second = new CollectingServer();
             var c = ComponentTestController.of(new RemoteWriteProvider(NO_WAIT))) {
            c.start(endpoint(first.url(), "name = \"ep\""));
            MetricsReceiver r = ((Exports) c.waitExports(Duration.ofSeconds(5))).receiver();
            append(r, "m", 1000, 1);
            first.awaitSamples(1, 5000);
            Thread.sleep(300); // delivery is at least once: let the shard finish the request it sent
            c.update(c.parseArguments(endpoint(second.url(), "name = \"ep\"") + "external_labels = { v = \"2\" }"));
            append(r, "m", 2000, 2);
            second.awaitSamples(1, 5000);
            assertThat(second.samples()).containsExactly(
                    new Sample(Labels.of("__name__", "m", "job", "t", "v", "2"), 2000, 2));
            assertThat(first.samples()).hasSize(1);
        }
    }
}
