package io.jalloy.loki.process.stages;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.labels.Labels;
import io.jalloy.loki.api.LogEntry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** {@code drop}, {@code match}, {@code sampling} and {@code limit}. */
class FilterStagesTest {

    private static double dropped(Harness h, String reason) {
        var snap = h.registry.scrape().stream()
                .filter(s -> s.getMetadata().getName().equals("loki_process_dropped_lines")).findFirst().orElseThrow();
        return snap.getDataPoints().stream()
                .filter(p -> p.getLabels().get("reason").equals(reason))
                .mapToDouble(p -> ((io.prometheus.metrics.model.snapshots.CounterSnapshot.CounterDataPointSnapshot) p).getValue())
                .sum();
    }

    @Test
    void dropNeedsEveryConditionToHold() throws Exception {
        Harness h = new Harness("stage.drop {\n expression = \".*debug.*\"\n longer_than = \"10B\"\n}");
        assertThat(h.run(Harness.entry("debug: a long line"), Harness.entry("debug"), Harness.entry("info: a long line")))
                .extracting(Harness.Out::line).containsExactly("debug", "info: a long line");
        assertThat(dropped(h, "drop_stage")).isEqualTo(1);
    }

    @Test
    void dropOlderThanUsesTheClockAndItsReason() throws Exception {
        Harness h = new Harness("stage.drop {\n older_than = \"24h\"\n drop_counter_reason = \"too old\"\n}");
        LogEntry old = LogEntry.of(Labels.EMPTY, Harness.nanos("2024-06-14T11:00:00Z"), "old");
        LogEntry fresh = LogEntry.of(Labels.EMPTY, Harness.nanos("2024-06-14T13:00:00Z"), "fresh");
        assertThat(h.run(old, fresh)).extracting(Harness.Out::line).containsExactly("fresh");
        assertThat(dropped(h, "too old")).isEqualTo(1);
    }

    @Test
    void dropBySourceValueAndByJoinedSources() throws Exception {
        Harness h = new Harness("""
                stage.logfmt {
                    mapping = { app = "", env = "" }
                }
                stage.drop {
                    source = "app"
                    value  = "example"
                }
                stage.drop {
                    source    = "app,env"
                    separator = "/"
                    expression = "^other/prod$"
                }
                """);
        assertThat(h.run(Harness.entry("app=example"), Harness.entry("app=other env=prod"), Harness.entry("app=other env=dev")))
                .extracting(Harness.Out::line).containsExactly("app=other env=dev");
    }

    @Test
    void dropConfigurationErrorsUseAlloysTexts() throws Exception {
        assertThat(Harness.error("stage.drop {}")).isEqualTo(
                "drop stage config must contain at least one of `source`, `expression`, `older_than` or `longer_than`");
        assertThat(Harness.error("stage.drop {\n source = \"a\"\n value = \"b\"\n expression = \"c\"\n}")).isEqualTo(
                "drop stage config error, `value` and `expression` cannot both be defined at the same time.");
        assertThat(Harness.error("stage.drop {\n expression = \"(?P<ts[0-9]+).*\"\n}")).isEqualTo(
                "drop stage regex compilation error: error parsing regexp: invalid named capture: `(?P<ts[0-9]+).*`");
    }

    @Test
    void matchRunsNestedStagesOnlyForSelectedEntriesAndDropsOthers() throws Exception {
        Harness h = new Harness("""
                stage.json {
                    expressions = { "appname" = "app" }
                }
                stage.labels {
                    values = { "applbl" = "appname" }
                }
                stage.match {
                    selector = "{applbl=\\"example1\\"}"
                    stage.json {
                        expressions = { "msg" = "message" }
                    }
                }
                stage.match {
                    selector = "{applbl=\\"qux\\"}"
                    stage.json {
                        expressions = { "msg" = "msg" }
                    }
                }
                stage.match {
                    selector = "{applbl=\\"example2\\"} |~ \\".*noisy error.*\\""
                    action   = "drop"
                    drop_counter_reason = "discard_noisy_errors"
                }
                stage.output {
                    source = "msg"
                }
                """);
        var out = h.run(
                Harness.entry("{ \"time\":\"2023-01-18T17:08:41+00:00\", \"app\":\"example1\", \"component\": [\"parser\",\"type\"], \"level\" : \"WARN\", \"message\" : \"app1 log line\" }"),
                Harness.entry("{ \"time\":\"2023-01-18T17:08:42+00:00\", \"app\":\"example2\", \"component\": [\"parser\",\"type\"], \"level\" : \"ERROR\", \"message\" : \"example noisy error\" }"));
        assertThat(out).extracting(Harness.Out::line).containsExactly("app1 log line");
        assertThat(dropped(h, "discard_noisy_errors")).isEqualTo(1);
    }

    @Test
    void selectorsSupportEveryMatcherAndLineFilter() throws Exception {
        Harness h = new Harness("""
                stage.match {
                    selector = "{app=~\\"api|web\\", env!=\\"dev\\", team!~\\"x.*\\"} |= \\"GET\\" != \\"health\\" !~ \\"^DEBUG\\""
                    action   = "drop"
                }
                """);
        Labels api = Labels.of("app", "api", "env", "prod");
        assertThat(h.run(Harness.entry(api, "GET /x"), Harness.entry(api, "GET /health"), Harness.entry(api, "POST /x"),
                Harness.entry(Labels.of("app", "api", "env", "dev"), "GET /x"),
                Harness.entry(Labels.of("app", "apis"), "GET /x"),
                Harness.entry(Labels.of("app", "web", "team", "xy"), "GET /x")))
                .extracting(Harness.Out::line).containsExactly("GET /health", "POST /x", "GET /x", "GET /x", "GET /x");
    }

    @Test
    void matchConfigurationErrorsUseAlloysTexts() throws Exception {
        assertThat(Harness.error("stage.match {\n selector = \"{a=\\\"b\\\"}\"\n}"))
                .isEqualTo("match stage requires at least one additional stage to be defined in '- stages'");
        assertThat(Harness.error("stage.match {\n selector = \"{a=\\\"b\\\"}\"\n action = \"nope\"\n}"))
                .isEqualTo("match stage action should be 'keep' or 'drop'");
        assertThat(Harness.error("stage.match {\n selector = \"{a=~\\\".*\\\"}\"\n action = \"drop\"\n}"))
                .startsWith("invalid selector syntax for match stage: queries require at least one regexp or equality matcher");
        assertThat(Harness.error("stage.match {\n selector = \"a=b\"\n action = \"drop\"\n}"))
                .startsWith("invalid selector syntax for match stage: ");
    }

    @Test
    void samplingKeepsEntriesBelowTheRate() throws Exception {
        double[] draws = {0.1, 0.3, 0.2, 0.9};
        int[] i = {0};
        Harness h = new Harness("stage.sampling {\n rate = 0.25\n drop_counter_reason = \"logs_sampling\"\n}",
                Clock.fixed(Harness.NOW, ZoneId.of("UTC")), () -> draws[i[0]++]);
        assertThat(h.run(Harness.entry("a"), Harness.entry("b"), Harness.entry("c"), Harness.entry("d")))
                .extracting(Harness.Out::line).containsExactly("a", "c");
        assertThat(dropped(h, "logs_sampling")).isEqualTo(2);
    }

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        final AtomicReference<Instant> now = new AtomicReference<>(Harness.NOW);

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        void advance(Duration d) {
            now.updateAndGet(t -> t.plus(d));
        }
    }

    @Test
    void limitDropsBeyondTheBurstAndRefillsAtTheRate() throws Exception {
        ManualClock clock = new ManualClock();
        Harness h = new Harness("stage.limit {\n rate = 1\n burst = 2\n drop = true\n}", clock, () -> 0.5);
        assertThat(h.run(Harness.entry("1"), Harness.entry("2"), Harness.entry("3"))).hasSize(2);
        clock.advance(Duration.ofSeconds(1));
        assertThat(h.run(Harness.entry("4"), Harness.entry("5"))).extracting(Harness.Out::line).containsExactly("4");
    }

    @Test
    void limitByLabelKeepsABucketPerValue() throws Exception {
        Harness h = new Harness("stage.limit {\n rate = 10\n burst = 1\n drop = true\n by_label_name = \"namespace\"\n}");
        Labels a = Labels.of("namespace", "a");
        Labels b = Labels.of("namespace", "b");
        assertThat(h.run(Harness.entry(a, "a1"), Harness.entry(a, "a2"), Harness.entry(b, "b1"), Harness.entry("none"),
                Harness.entry("none2"))).extracting(Harness.Out::line).containsExactly("a1", "b1", "none", "none2");
        assertThat(Harness.error("stage.limit {\n rate = 1\n burst = 1\n by_label_name = \"x\"\n}"))
                .isEqualTo("When ratelimiting by label, drop must be true");
    }
}
