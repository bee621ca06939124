package io.jalloy.prometheus.relabel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jalloy.common.labels.Labels;
import io.jalloy.prometheus.api.Appender;
import io.jalloy.prometheus.api.StaleMarkers;
import io.jalloy.prometheus.testing.CollectingMetricsReceiver;
import io.jalloy.prometheus.testing.CollectingMetricsReceiver.Sample;
import io.jalloy.runtime.componenttest.ComponentTestController;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrometheusRelabelTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String RULES = """
            forward_to = []
            rule {
              source_labels = ["instance"]
              target_label  = "host"
            }
            rule {
              action = "labeldrop"
              regex  = "instance|tmp"
            }
            rule {
              source_labels = ["__name__"]
              regex         = "drop_me"
              action        = "drop"
            }
            """;

    @Test
    void relabelsForwardsAndDropsSeries() throws Exception {
        CollectingMetricsReceiver out = new CollectingMetricsReceiver();
        try (var c = ComponentTestController.<Arguments, Exports>of(new RelabelProvider())) {
            c.start(c.parseArguments(RULES).withForwardTo(List.of(out)));
            Exports exports = c.waitExports(WAIT);
            assertThat(exports.rules().rules()).hasSize(3);
            Appender app = exports.receiver().appender();
            long ref = app.append(Appender.NO_REF, Labels.of("__name__", "m", "instance", "a:1"), 10, 1.0);
            app.append(Appender.NO_REF, Labels.of("__name__", "drop_me"), 10, 2.0);
            app.append(Appender.NO_REF, Labels.of("tmp", "x"), 10, 3.0);
            app.commit();
            assertThat(out.samples()).containsExactly(new Sample(Labels.of("__name__", "m", "host", "a:1"), 10, 1.0));
            assertThat(ref).isNotEqualTo(Appender.NO_REF);
        }
    }

    @Test
    void aReturnedReferenceSkipsTheRulesAndStaleMarkersPassAndForget() throws Exception {
        CollectingMetricsReceiver out = new CollectingMetricsReceiver();
        try (var c = ComponentTestController.<Arguments, Exports>of(new RelabelProvider())) {
            c.start(c.parseArguments(RULES).withForwardTo(List.of(out)));
            Exports exports = c.waitExports(WAIT);
            Labels in = Labels.of("__name__", "m", "instance", "a:1");
            Appender app = exports.receiver().appender();
            long ref = app.append(Appender.NO_REF, in, 1, 1.0);
            long again = app.append(ref, in, 2, 2.0);
            assertThat(again).isEqualTo(ref);
            long afterStale = app.append(again, in, 3, StaleMarkers.STALE_NAN);
            app.commit();
            assertThat(afterStale).isEqualTo(Appender.NO_REF);
            assertThat(out.samples()).hasSize(3);
            assertThat(out.samples().get(2).stale()).isTrue();
            assertThat(out.refMismatches()).isZero();
            String metrics = c.metrics().scrape().toString();
            assertThat(metrics).isNotEmpty();
        }
    }

    @Test
    void aStaleReferenceFromAnotherSeriesIsNotTrusted() throws Exception {
        CollectingMetricsReceiver out = new CollectingMetricsReceiver();
        try (var c = ComponentTestController.<Arguments, Exports>of(new RelabelProvider())) {
            c.start(c.parseArguments(RULES).withForwardTo(List.of(out)));
            Appender app = c.waitExports(WAIT).receiver().appender();
            long refA = app.append(Appender.NO_REF, Labels.of("__name__", "a"), 1, 1.0);
            app.append(refA, Labels.of("__name__", "b"), 1, 2.0);
            app.commit();
            assertThat(out.samples()).extracting(Sample::name).containsExactly("a", "b");
        }
    }

    @Test
    void theCacheBoundForgetsAndStillRelabels() throws Exception {
        CollectingMetricsReceiver out = new CollectingMetricsReceiver();
        try (var c = ComponentTestController.<Arguments, Exports>of(new RelabelProvider())) {
            c.start(c.parseArguments(RULES + "max_cache_size = 2").withForwardTo(List.of(out)));
            Appender app = c.waitExports(WAIT).receiver().appender();
            long[] refs = new long[5];
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < 5; i++) {
                    refs[i] = app.append(refs[i], Labels.of("__name__", "m" + i, "instance", "x"), round, i);
                }
            }
            app.commit();
            assertThat(out.samples()).hasSize(10).allSatisfy(s -> assertThat(s.labels().get("host")).isEqualTo("x"));
        }
    }

    @Test
    void maxCacheSizeDefaultsToOneHundredThousandAndMustBePositive() throws Exception {
        try (var c = ComponentTestController.<Arguments, Exports>of(new RelabelProvider())) {
            assertThat(c.parseArguments("forward_to = []").maxCacheSize()).isEqualTo(100_000);
            assertThatThrownBy(() -> c.parseArguments("forward_to = []\nmax_cache_size = 0"))
                    .hasMessageContaining("max_cache_size must be greater than 0 and is 0");
        }
    }

    @Test
    void updatesKeepTheSameReceiver() throws Exception {
        CollectingMetricsReceiver out = new CollectingMetricsReceiver();
        try (var c = ComponentTestController.<Arguments, Exports>of(new RelabelProvider())) {
            c.start(c.parseArguments(RULES).withForwardTo(List.of(out)));
            var first = c.waitExports(WAIT).receiver();
            c.update(c.parseArguments("forward_to = []").withForwardTo(List.of(out)));
            Exports next = c.waitExports(e -> e.rules().isEmpty(), WAIT);
            assertThat(next.receiver()).isSameAs(first);
            Appender app = first.appender();
            app.append(Appender.NO_REF, Labels.of("__name__", "drop_me", "instance", "i"), 1, 1);
            app.commit();
            assertThat(out.samples()).hasSize(1);
            assertThat(out.samples().getFirst().labels()).isEqualTo(Labels.of("__name__", "drop_me", "instance", "i"));
        }
    }
}
