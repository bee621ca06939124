package io.jalloy.prometheus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.discovery.Target;
import io.jalloy.component.NoExports;
import io.jalloy.prometheus.api.MetricsReceiver;
import io.jalloy.prometheus.remotewrite.Exports;
import io.jalloy.prometheus.testing.FixedExposition;
import io.jalloy.prometheus.testing.NodeExporterProcess;
import io.jalloy.prometheus.testing.PromQlSeries;
import io.jalloy.prometheus.testing.PrometheusPeer;
import io.jalloy.prometheus.testing.RecordingProxy;
import io.jalloy.prometheus.testing.TextExposition;
import io.jalloy.runtime.componenttest.ComponentTestController;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5, acceptance 3: a real node_exporter scraped by {@code prometheus.scrape} and written by
 * {@code prometheus.remote_write} into a real Prometheus 2.42 reads back over PromQL exactly as
 * node_exporter exposed it. node_exporter's values move between scrapes, so the first test scrapes
 * through a recording proxy: each scrape's body is a direct scrape taken at that moment, and every
 * sample Prometheus holds at that scrape's timestamp is compared with it, series by series and value
 * by value. The second scrapes node_exporter itself and compares series sets with direct scrapes.
 * A textfile-collector fixture adds known values: NaN, infinities, escapes, a histogram and a
 * summary.
 */
class NodeExporterToPrometheusTest {
    private static final Set<String> SYNTHETIC = Set.of("up", "scrape_duration_seconds", "scrape_samples_scraped",
            "scrape_samples_post_metric_relabeling", "scrape_series_added");

    @TempDir
    Path textfiles;

    @Test
    void everyScrapeArrivesInPrometheusWithTheSeriesAndValuesNodeExporterServed() throws Exception {
        Files.writeString(textfiles.resolve("fixture.prom"), FixedExposition.TEXT);
        try (NodeExporterProcess ne = NodeExporterProcess.start("--collector.textfile.directory=" + textfiles);
             RecordingProxy proxy = new RecordingProxy(ne.address());
             PrometheusPeer prom = PrometheusPeer.start("")) {
            List<PromQlSeries> stored = scrapeIntoPrometheus(prom, proxy.address(), () -> proxy.bodies().size() >= 4,
                    () -> proxy.bodies().size());
            List<String> bodies = proxy.bodies();
            assertThat(bodies).hasSizeGreaterThanOrEqualTo(4);

            // Scrape timestamps, from `up`: one per scrape, in order.
            List<Long> times = stored.stream().filter(s -> s.name().equals("up")).findFirst().orElseThrow()
                    .points().stream().map(PromQlSeries.Point::timestampMs).toList();
            assertThat(times).as("one up sample per scrape the target answered").hasSizeBetween(bodies.size() - 1,
                    bodies.size());

            Map<Long, Map<Map<String, String>, Double>> byTime = new HashMap<>();
            Set<String> syntheticSeen = new TreeSet<>();
            for (PromQlSeries s : stored) {
                for (PromQlSeries.Point p : s.points()) {
                    assertThat(times).as("sample of %s at a scrape's timestamp", s.labels()).contains(p.timestampMs());
                    if (SYNTHETIC.contains(s.name())) {
                        syntheticSeen.add(s.name());
                    } else {
                        byTime.computeIfAbsent(p.timestampMs(), t -> new HashMap<>()).put(s.labels(), p.value());
                    }
                }
            }
            assertThat(syntheticSeen).isEqualTo(SYNTHETIC);
            Map<String, String> target = Map.of("job", "node", "instance", proxy.address());
            for (int i = 0; i < times.size(); i++) {
                long t = times.get(i);
                List<TextExposition.Sample> direct = TextExposition.parse(bodies.get(i), target);
                Map<Map<String, String>, Double> expected = new HashMap<>();
                for (TextExposition.Sample d : direct) {
                    expected.put(d.labels(), d.value());
                }
                assertThat(expected).as("scrape %d has no duplicate series", i).hasSize(direct.size());
                Map<Map<String, String>, Double> got = byTime.getOrDefault(t, Map.of());
                Set<String> missing = keys(expected);
                missing.removeAll(keys(got));
                Set<String> extra = keys(got);
                extra.removeAll(keys(expected));
                assertThat(missing).as("series of scrape %d missing in Prometheus", i).isEmpty();
                assertThat(extra).as("series in Prometheus at scrape %d but not in its body", i).isEmpty();
                for (Map.Entry<Map<String, String>, Double> e : expected.entrySet()) {
                    assertThat(got.get(e.getKey())).as("value of %s in scrape %d", e.getKey(), i)
                            .isEqualTo(e.getValue());
                }
                assertThat(valueAt(stored, "up", t)).isEqualTo(1.0);
                assertThat(valueAt(stored, "scrape_samples_scraped", t)).isEqualTo(direct.size());
                assertThat(valueAt(stored, "scrape_samples_post_metric_relabeling", t)).isEqualTo(direct.size());
                assertThat(valueAt(stored, "scrape_duration_seconds", t)).isBetween(0.0, 1.0);
            }
            assertThat(valueAt(stored, "scrape_series_added", times.getFirst()))
                    .isEqualTo(TextExposition.parse(bodies.getFirst(), target).size());
            assertFixture(byTime.get(times.getLast()), target);
        }
    }


    /**
     * The same without a proxy: Jalloy scrapes node_exporter itself. Values move, so this compares
     * series sets with direct scrapes taken just before and just after, and exact values only for
     * the textfile fixture.
     */
    @Test
    void prometheusHoldsTheSeriesOfADirectScrapeOfNodeExporterAndNoOthers() throws Exception {
        Files.writeString(textfiles.resolve("fixture.prom"), FixedExposition.TEXT);
        try (NodeExporterProcess ne = NodeExporterProcess.start("--collector.textfile.directory=" + textfiles);
             PrometheusPeer prom = PrometheusPeer.start("")) {
            Map<String, String> target = Map.of("job", "node", "instance", ne.address());
            List<TextExposition.Sample> before = TextExposition.parse(directScrape(ne.address()), target);
            long until = System.currentTimeMillis() + 4_500;
            List<PromQlSeries> stored = scrapeIntoPrometheus(prom, ne.address(),
                    () -> System.currentTimeMillis() > until, () -> -1);
            List<TextExposition.Sample> after = TextExposition.parse(directScrape(ne.address()), target);
            Set<String> inBoth = seriesOf(before);
            inBoth.retainAll(seriesOf(after));
            Set<String> inEither = seriesOf(before);
            inEither.addAll(seriesOf(after));
            Set<String> held = new TreeSet<>();
            for (PromQlSeries s : stored) {
                if (!SYNTHETIC.contains(s.name())) {
                    held.add(new TreeMap<>(s.labels()).toString());
                }
            }
            assertThat(inBoth).as("node_exporter's series, stable across the test").hasSizeGreaterThan(200);
            Set<String> missing = new TreeSet<>(inBoth);
            missing.removeAll(held);
            Set<String> extra = new TreeSet<>(held);
            extra.removeAll(inEither);
            assertThat(missing).as("series of the direct scrapes missing in Prometheus").isEmpty();
            assertThat(extra).as("series in Prometheus no direct scrape shows").isEmpty();
            PromQlSeries up = stored.stream().filter(s -> s.name().equals("up")).findFirst().orElseThrow();
            assertThat(up.points()).hasSizeGreaterThanOrEqualTo(3)
                    .allSatisfy(p -> assertThat(p.value()).isEqualTo(1.0));
            PromQlSeries scraped = stored.stream().filter(s -> s.name().equals("scrape_samples_scraped"))
                    .findFirst().orElseThrow();
            if (before.size() == after.size()) {
                assertThat(scraped.points()).allSatisfy(p -> assertThat(p.value()).isEqualTo(before.size()));
            } else {
                assertThat(scraped.points()).allSatisfy(p -> assertThat(p.value())
                        .isBetween((double) Math.min(before.size(), after.size()),
                                (double) Math.max(before.size(), after.size())));
            }
            Map<Map<String, String>, Double> last = new HashMap<>();
            for (PromQlSeries s : stored) {
                last.put(s.labels(), s.points().getLast().value());
            }
            assertFixture(last, target);
        }
    }

    private static Set<String> seriesOf(List<TextExposition.Sample> samples) {
        Set<String> out = new TreeSet<>();
        for (TextExposition.Sample s : samples) {
            out.add(new TreeMap<>(s.labels()).toString());
        }
        return out;
    }

    private static String directScrape(String address) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://" + address + "/metrics"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The fixture's samples, spelled out, so a mistake in the comparison above cannot hide them. */
    private static void assertFixture(Map<Map<String, String>, Double> got, Map<String, String> target) {
        Map<String, Double> fixture = new TreeMap<>();
        got.forEach((labels, v) -> {
            if (labels.get("__name__").startsWith("jalloy_fixed_")) {
                Map<String, String> l = new TreeMap<>(labels);
                l.keySet().removeAll(target.keySet());
                fixture.put(l.toString(), v);
            }
        });
        assertThat(fixture).hasSize(FixedExposition.SAMPLES)
                .containsEntry("{__name__=jalloy_fixed_gauge, kind=plain}", 42.5)
                .containsEntry("{__name__=jalloy_fixed_gauge, kind=nan}", Double.NaN)
                .containsEntry("{__name__=jalloy_fixed_gauge, kind=pinf}", Double.POSITIVE_INFINITY)
                .containsEntry("{__name__=jalloy_fixed_gauge, kind=ninf}", Double.NEGATIVE_INFINITY)
                .containsEntry("{__name__=jalloy_fixed_gauge, kind=small}", -0.00125)
                .containsEntry("{__name__=jalloy_fixed_gauge, kind=big}", 1.5e300)
                .containsEntry("{__name__=jalloy_fixed_gauge, kind=escaped, path=C:\\dir \"q\"\nnext}", 7.0)
                .containsEntry("{__name__=jalloy_fixed_requests_total, code=200}", 1027.0)
                .containsEntry("{__name__=jalloy_fixed_latency_seconds_bucket, le=0.1}", 3.0)
                .containsEntry("{__name__=jalloy_fixed_latency_seconds_bucket, le=1.0}", 8.0)
                .containsEntry("{__name__=jalloy_fixed_latency_seconds_bucket, le=+Inf}", 10.0)
                .containsEntry("{__name__=jalloy_fixed_latency_seconds_sum}", 7.25)
                .containsEntry("{__name__=jalloy_fixed_latency_seconds_count}", 10.0)
                .containsEntry("{__name__=jalloy_fixed_size_bytes, quantile=0.9}", Double.NaN)
                .containsEntry("{__name__=jalloy_fixed_size_bytes, quantile=0.99}", 2048.0)
                .containsEntry("{__name__=jalloy_fixed_size_bytes_sum}", 123456.0)
                .containsEntry("{__name__=jalloy_fixed_size_bytes_count}", 55.0);
    }

    private static Set<String> keys(Map<Map<String, String>, Double> m) {
        Set<String> out = new TreeSet<>();
        for (Map<String, String> k : m.keySet()) {
            out.add(new TreeMap<>(k).toString());
        }
        return out;
    }

    private static double valueAt(List<PromQlSeries> stored, String name, long t) {
        return stored.stream().filter(s -> s.name().equals(name)).flatMap(s -> s.points().stream())
                .filter(p -> p.timestampMs() == t).findFirst().orElseThrow(
                        () -> new AssertionError("no " + name + " sample at " + t)).value();
    }


    /**
     * Runs scrape (1 s) into remote_write into {@code prom} until {@code done}, stops scraping, and
     * returns every raw sample of job "node" once all arrived ({@code scrapes}: how many to expect
     * then, or -1 when unknown).
     */
    private static List<PromQlSeries> scrapeIntoPrometheus(PrometheusPeer prom, String address, BooleanSupplier done,
            IntSupplier scrapes) throws Exception {
        try (var rw = ComponentTestController.forName("prometheus.remote_write",
                io.jalloy.prometheus.remotewrite.Arguments.class, Exports.class)) {
            rw.start("endpoint {\n url = \"" + prom.remoteWriteUrl() + "\"\n queue_config {\n"
                    + " batch_send_deadline = \"100ms\"\n}\n}\n");
            MetricsReceiver receiver = rw.waitExports(Duration.ofSeconds(5)).receiver();
            try (var scrape = ComponentTestController.forName("prometheus.scrape",
                    io.jalloy.prometheus.scrape.Arguments.class, NoExports.class)) {
                scrape.start(scrape.parseArguments("""
                        targets = []
                        forward_to = []
                        job_name = "node"
                        scrape_interval = "1s"
                        scrape_timeout = "900ms"
                        """).withTargets(List.of(Target.of("__address__", address)), List.of(receiver)));
                long deadline = System.currentTimeMillis() + 15_000;
                while (!done.getAsBoolean() && System.currentTimeMillis() < deadline) {
                    Thread.sleep(100);
                }
            }
            return awaitAllScrapes(prom, scrapes.getAsInt());
        }
    }

    /** Every raw sample of job "node", once Prometheus has one {@code up} per scrape (or the last went missing). */
    private static List<PromQlSeries> awaitAllScrapes(PrometheusPeer prom, int scrapes) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        int last = -1;
        long stableSince = System.currentTimeMillis();
        while (true) {
            List<PromQlSeries> all = prom.series("{job=\"node\"}[2m]", System.currentTimeMillis());
            int ups = all.stream().filter(s -> s.name().equals("up")).mapToInt(s -> s.points().size()).sum();
            if (ups != last) {
                last = ups;
                stableSince = System.currentTimeMillis();
            }
            boolean settled = System.currentTimeMillis() - stableSince > 2_000;
            if (settled && (scrapes < 0 || ups >= scrapes - 1) || System.currentTimeMillis() > deadline) {
                return all;
            }
            Thread.sleep(250);
        }
    }
}
