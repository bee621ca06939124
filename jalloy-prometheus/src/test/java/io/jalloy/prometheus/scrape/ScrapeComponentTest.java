package io.jalloy.prometheus.scrape;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.discovery.Target;
import io.jalloy.common.labels.Labels;
import io.jalloy.component.NoExports;
import io.jalloy.prometheus.api.MetricMetadata;
import io.jalloy.prometheus.testing.CollectingMetricsReceiver;
import io.jalloy.prometheus.testing.CollectingMetricsReceiver.Sample;
import io.jalloy.prometheus.testing.FakeTarget;
import io.jalloy.runtime.componenttest.ComponentTestController;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScrapeComponentTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final long NOW = 1_700_000_000_000L;
    private static final String JOB = "prometheus.scrape.test";

    private FakeTarget target;
    private CollectingMetricsReceiver out;
    private ComponentTestController<Arguments, NoExports> c;

    @BeforeEach
    void setUp() throws Exception {
        target = new FakeTarget();
        out = new CollectingMetricsReceiver();
        c = ComponentTestController.of(new ScrapeProvider(), Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() throws Exception {
        c.close();
        target.close();
    }

    private Arguments start(String extra, Target... targets) throws Exception {
        Arguments a = c.parseArguments("targets = []\nforward_to = []\nscrape_interval = \"300ms\"\n"
                + "scrape_timeout = \"300ms\"\n" + extra).withTargets(List.of(targets), List.of(out));
        c.start(a);
        return a;
    }

    private Target fake(String... extraLabels) {
        String[] kv = new String[extraLabels.length + 2];
        kv[0] = "__address__";
        kv[1] = target.address();
        System.arraycopy(extraLabels, 0, kv, 2, extraLabels.length);
        return Target.of(kv);
    }

    private List<Sample> awaitCount(String name, int n) throws InterruptedException {
        out.await(s -> s.stream().filter(x -> x.name().equals(name)).count() >= n, WAIT);
        return out.named(name);
    }

    @Test
    void scrapedSeriesCarryTargetLabelsAndTheInjectedClockTimestamp() throws Exception {
        target.body("# TYPE a counter\na_total{x=\"1\"} 3\nb 2.5\n");
        start("", fake("env", "test", "__meta_drop", "gone"));
        Sample a = awaitCount("a_total", 1).getFirst();
        assertThat(a.labels()).isEqualTo(Labels.of("__name__", "a_total", "x", "1", "env", "test",
                "instance", target.address(), "job", JOB));
        assertThat(a.timestampMs()).isEqualTo(NOW);
        assertThat(a.value()).isEqualTo(3.0);
        assertThat(awaitCount("b", 1).getFirst().value()).isEqualTo(2.5);
        assertThat(out.refMismatches()).isZero();
    }

    @Test
    void reportSeriesDescribeEachScrape() throws Exception {
        target.body("a 1\nb 2\n");
        start("extra_metrics = true", fake());
        awaitCount("scrape_series_added", 2);
        assertThat(out.named("up").getFirst().value()).isEqualTo(1.0);
        assertThat(out.named("up").getFirst().labels())
                .isEqualTo(Labels.of("__name__", "up", "instance", target.address(), "job", JOB));
        assertThat(out.named("scrape_samples_scraped").getFirst().value()).isEqualTo(2.0);
        assertThat(out.named("scrape_samples_post_metric_relabeling").getFirst().value()).isEqualTo(2.0);
        List<Sample> added = out.named("scrape_series_added");
        assertThat(added.get(0).value()).isEqualTo(2.0);
        assertThat(added.get(1).value()).isEqualTo(0.0);
        assertThat(out.named("scrape_duration_seconds").getFirst().value()).isBetween(0.0, 5.0);
        assertThat(out.named("scrape_timeout_seconds").getFirst().value()).isEqualTo(0.3);
        assertThat(out.named("scrape_body_size_bytes").getFirst().value()).isEqualTo(8.0);
        assertThat(out.named("scrape_sample_limit").getFirst().value()).isEqualTo(0.0);
    }

    @Test
    void acceptHeaderFollowsProtocolsAndGzipIsDecoded() throws Exception {
        target.body("gz 7\n");
        start("", fake());
        assertThat(awaitCount("gz", 1).getFirst().value()).isEqualTo(7.0);
        assertThat(target.encodings().getFirst()).isEqualTo("gzip");
        assertThat(target.acceptHeaders().getFirst()).isEqualTo(
                "application/openmetrics-text;version=1.0.0;escaping=underscores;q=0.6,"
                        + "application/openmetrics-text;version=0.0.1;q=0.5,"
                        + "text/plain;version=1.0.0;escaping=underscores;q=0.4,"
                        + "text/plain;version=0.0.4;q=0.3,*/*;q=0.2");
    }

    @Test
    void disabledCompressionAsksForIdentity() throws Exception {
        target.body("plain 1\n");
        start("enable_compression = false", fake());
        awaitCount("plain", 1);
        assertThat(target.encodings().getFirst()).isEqualTo("identity");
    }

    @Test
    void aSeriesThatDisappearsGetsAStaleMarker() throws Exception {
        target.body("keep 1\ngoes 2\n");
        start("", fake());
        awaitCount("goes", 1);
        target.body("keep 1\n");
        out.await(s -> s.stream().anyMatch(x -> x.name().equals("goes") && x.stale()), WAIT);
        List<Sample> goes = out.named("goes");
        assertThat(goes.stream().filter(Sample::stale)).hasSize(1);
        assertThat(out.named("keep").stream().noneMatch(Sample::stale)).isTrue();
    }

    @Test
    void aFailingTargetReportsUpZeroAndMarksItsSeriesStale() throws Exception {
        target.body("m 1\n");
        start("", fake());
        awaitCount("m", 1);
        target.status(500);
        out.await(s -> s.stream().anyMatch(x -> x.name().equals("up") && x.value() == 0.0), WAIT);
        assertThat(out.named("m").stream().filter(Sample::stale)).hasSize(1);
        assertThat(c.health().toString()).isNotNull();
    }

    @Test
    void aSlowTargetTimesOut() throws Exception {
        target.body("slow 1\n").delayMs(1000);
        start("", fake());
        out.await(s -> s.stream().anyMatch(x -> x.name().equals("up")), WAIT);
        assertThat(out.named("up").getFirst().value()).isEqualTo(0.0);
        assertThat(out.named("slow")).isEmpty();
    }

    @Test
    void sampleLimitFailsTheWholeScrape() throws Exception {
        target.body("a 1\nb 2\nc 3\n");
        start("sample_limit = 2", fake());
        awaitCount("up", 1);
        assertThat(out.named("up").getFirst().value()).isEqualTo(0.0);
        assertThat(out.named("a")).isEmpty();
    }

    @Test
    void bodySizeLimitFailsTheScrape() throws Exception {
        target.body("a_long_metric_name 1\n".repeat(20));
        start("body_size_limit = \"100B\"", fake());
        awaitCount("up", 1);
        assertThat(out.named("up").getFirst().value()).isEqualTo(0.0);
        assertThat(out.named("a_long_metric_name")).isEmpty();
    }

    @Test
    void labelLimitsFailTheScrape() throws Exception {
        target.body("a{x=\"1\",y=\"2\"} 1\n");
        start("label_limit = 3", fake());
        awaitCount("up", 1);
        assertThat(out.named("up").getFirst().value()).isEqualTo(0.0);
        assertThat(out.named("a")).isEmpty();
    }

    @Test
    void clashingLabelsAreExportedUnlessHonored() throws Exception {
        target.body("a{instance=\"inner\",job=\"j\"} 1\n");
        start("", fake());
        assertThat(awaitCount("a", 1).getFirst().labels()).isEqualTo(Labels.of("__name__", "a",
                "exported_instance", "inner", "exported_job", "j", "instance", target.address(), "job", JOB));
    }

    @Test
    void honorLabelsKeepsScrapedValues() throws Exception {
        target.body("a{instance=\"inner\"} 1\n");
        start("honor_labels = true", fake());
        assertThat(awaitCount("a", 1).getFirst().labels())
                .isEqualTo(Labels.of("__name__", "a", "instance", "inner", "job", JOB));
    }

    @Test
    void honorTimestampsUsesExposedTimestampsUnlessDisabled() throws Exception {
        target.body("a 1 1600000000000\n");
        start("honor_timestamps = false", fake());
        assertThat(awaitCount("a", 1).getFirst().timestampMs()).isEqualTo(NOW);
    }

    @Test
    void exposedTimestampsAreHonoredByDefault() throws Exception {
        target.body("a 1 1600000000000\n");
        start("", fake());
        assertThat(awaitCount("a", 1).getFirst().timestampMs()).isEqualTo(1_600_000_000_000L);
    }

    @Test
    void seriesWithExposedTimestampsAreNotMarkedStaleUnlessTracked() throws Exception {
        target.body("keep 1\nts_series 2 1600000000000\n");
        start("", fake());
        awaitCount("ts_series", 1);
        target.body("keep 1\n");
        awaitCount("keep", 4);
        assertThat(out.named("ts_series").stream().noneMatch(Sample::stale)).isTrue();
    }

    @Test
    void trackedTimestampStalenessMarksThemStale() throws Exception {
        target.body("keep 1\nts_series 2 1600000000000\n");
        start("track_timestamps_staleness = true", fake());
        awaitCount("ts_series", 1);
        target.body("keep 1\n");
        out.await(s -> s.stream().anyMatch(x -> x.name().equals("ts_series") && x.stale()), WAIT);
    }

    @Test
    void metricsPathSchemeAndParamsComeFromTargetLabels() throws Exception {
        target.body("a 1\n");
        start("metrics_path = \"/custom\"\nparams = { \"module\" = [\"m1\"], \"extra\" = [\"e\"] }",
                fake("__param_module", "m2"));
        awaitCount("a", 1);
        assertThat(target.requests().getFirst()).isEqualTo("/custom?extra=e&module=m2");
    }

    @Test
    void targetLabelsOverrideIntervalAndTimeout() throws Exception {
        target.body("a 1\n");
        start("extra_metrics = true", fake("__scrape_interval__", "200ms", "__scrape_timeout__", "150ms"));
        assertThat(awaitCount("scrape_timeout_seconds", 1).getFirst().value()).isEqualTo(0.15);
    }

    @Test
    void aTargetWhoseTimeoutExceedsItsIntervalIsDropped() throws Exception {
        target.body("a 1\n");
        start("", fake("__scrape_timeout__", "5s"));
        Thread.sleep(700);
        assertThat(target.requests()).isEmpty();
    }

    @Test
    void aRemovedTargetMarksItsSeriesStale() throws Exception {
        target.body("a 1\n");
        Arguments args = start("", fake());
        awaitCount("a", 1);
        c.update(args.withTargets(List.of(), List.of(out)));
        out.await(s -> s.stream().anyMatch(x -> x.name().equals("a") && x.stale()), WAIT);
        assertThat(out.await(s -> s.stream().anyMatch(x -> x.name().equals("up") && x.stale()), WAIT)).isNotEmpty();
    }

    @Test
    void missingContentTypeUsesTheFallbackProtocol() throws Exception {
        target.body("fb 4\n").contentType("");
        start("", fake());
        assertThat(awaitCount("fb", 1).getFirst().value()).isEqualTo(4.0);
    }

    @Test
    void openMetricsBodiesAreParsedAsSuch() throws Exception {
        target.body("# TYPE c counter\nc_total 5\n# EOF\n").contentType("application/openmetrics-text; version=1.0.0");
        start("", fake());
        assertThat(awaitCount("c_total", 1).getFirst().value()).isEqualTo(5.0);
    }

    @Test
    void openMetricsExemplarsReachTheReceiverWithTheirSeries() throws Exception {
        target.body("# TYPE req counter\nreq_total{code=\"200\"} 7 # {trace_id=\"abc123\"} 0.5 1700000000.250\n"
                + "req_total{code=\"500\"} 1 # {trace_id=\"def\"} 2\n# EOF\n")
                .contentType("application/openmetrics-text; version=1.0.0");
        start("", fake());
        awaitCount("req_total", 4);
        List<CollectingMetricsReceiver.Exemplar> ex = out.exemplars();
        CollectingMetricsReceiver.Exemplar first = ex.stream()
                .filter(x -> "200".equals(x.series().get("code"))).findFirst().orElseThrow();
        assertThat(first.series().get("__name__")).isEqualTo("req_total");
        assertThat(first.exemplar().labels()).isEqualTo(Labels.of("trace_id", "abc123"));
        assertThat(first.exemplar().value()).isEqualTo(0.5);
        assertThat(first.exemplar().timestampMs()).isEqualTo(1_700_000_000_250L);
        CollectingMetricsReceiver.Exemplar second = ex.stream()
                .filter(x -> "500".equals(x.series().get("code"))).findFirst().orElseThrow();
        assertThat(second.exemplar().timestampMs()).as("an exemplar without a timestamp takes the sample's")
                .isEqualTo(NOW);
        assertThat(out.refMismatches()).isZero();
    }

    @Test
    void typeHelpAndUnitArriveAsMetadataOncePerSeriesUntilTheyChange() throws Exception {
        target.body("# HELP temp_celsius Temperature now.\n# TYPE temp_celsius gauge\n# UNIT temp_celsius celsius\n"
                + "temp_celsius{room=\"a\"} 21\ntemp_celsius{room=\"b\"} 19\nplain 1\n# EOF\n")
                .contentType("application/openmetrics-text; version=1.0.0");
        start("", fake());
        awaitCount("temp_celsius", 6); // three scrapes
        List<CollectingMetricsReceiver.Metadata> md = out.metadata();
        assertThat(md).hasSize(2).allSatisfy(m -> {
            assertThat(m.series().get("__name__")).isEqualTo("temp_celsius");
            assertThat(m.metadata()).isEqualTo(new MetricMetadata("gauge", "Temperature now.", "celsius"));
        });
        assertThat(md).extracting(m -> m.series().get("room")).containsExactlyInAnyOrder("a", "b");
        target.body("# HELP temp_celsius Temperature, changed.\n# TYPE temp_celsius gauge\n"
                + "temp_celsius{room=\"a\"} 21\n# EOF\n")
                .contentType("application/openmetrics-text; version=1.0.0");
        int before = out.named("temp_celsius").size();
        awaitCount("temp_celsius", before + 2);
        assertThat(out.metadata()).last().extracting(CollectingMetricsReceiver.Metadata::metadata)
                .isEqualTo(new MetricMetadata("gauge", "Temperature, changed.", ""));
    }
}
