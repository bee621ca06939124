package io.jalloy.common.discovery.relabel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jalloy.common.discovery.Target;
import io.jalloy.common.relabel.Action;
import io.jalloy.common.relabel.RelabelRules;
import io.jalloy.runtime.componenttest.ComponentTestController;
import io.jalloy.syntax.decode.Encoder;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.value.CapsuleValue;
import io.jalloy.syntax.value.ObjectValue;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DiscoveryRelabelTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private static ComponentTestController<Arguments, Exports> controller() {
        return ComponentTestController.forName("discovery.relabel", Arguments.class, Exports.class);
    }

    @Test
    void rulesRelabelAndFilterTheTargets() throws Exception {
        try (var c = controller()) {
            c.start("""
                    targets = [
                      { "__meta_foo" = "foo", "__meta_bar" = "bar", "__address__" = "localhost", "instance" = "one", "app" = "backend", "__tmp_a" = "tmp" },
                      { "__meta_foo" = "foo", "__meta_bar" = "bar", "__address__" = "localhost", "instance" = "two", "app" = "db", "__tmp_b" = "tmp" },
                      { "__meta_baz" = "baz", "__meta_qux" = "qux", "__address__" = "localhost", "instance" = "three", "app" = "frontend", "__tmp_c" = "tmp" },
                    ]
                    rule {
                      source_labels = ["__address__", "instance"]
                      separator     = "/"
                      target_label  = "destination"
                      action        = "replace"
                    }
                    rule {
                      source_labels = ["app"]
                      action        = "drop"
                      regex         = "frontend"
                    }
                    rule {
                      source_labels = ["app"]
                      action        = "keep"
                      regex         = "backend"
                    }
                    rule {
                      source_labels = ["instance"]
                      target_label  = "name"
                    }
                    rule {
                      action      = "labelmap"
                      regex       = "__meta_(.*)"
                      replacement = "meta_$1"
                    }
                    rule {
                      action = "labeldrop"
                      regex  = "__meta(.*)|__tmp(.*)|instance"
                    }
                    """);
            Exports e = c.waitExports(WAIT);
            assertThat(e.output()).containsExactly(Target.of("__address__", "localhost", "app", "backend",
                    "destination", "localhost/one", "meta_bar", "bar", "meta_foo", "foo", "name", "one"));
            assertThat(e.rules().rules()).hasSize(6);
        }
    }

    @Test
    void updatedRulesArePublishedWithTheirNewOutput() throws Exception {
        try (var c = controller()) {
            c.start("""
                    targets = [{ "__name__" = "up" }, { "__name__" = "down" }]
                    rule {
                      action        = "keep"
                      source_labels = ["__name__"]
                      regex         = "up"
                    }
                    """);
            Exports first = c.waitExports(WAIT);
            assertThat(first.output()).containsExactly(Target.of("__name__", "up"));
            c.update(c.parseArguments("""
                    targets = [{ "__name__" = "up" }, { "__name__" = "down" }]
                    rule {
                      action        = "drop"
                      source_labels = ["__name__"]
                      regex         = "up"
                    }
                    """));
            Exports second = c.waitExports(WAIT);
            assertThat(second.output()).containsExactly(Target.of("__name__", "down"));
            assertThat(second.rules()).isNotEqualTo(first.rules());
            assertThat(first.rules().rules().getFirst().action()).isEqualTo(Action.KEEP);
            assertThat(second.rules().rules().getFirst().action()).isEqualTo(Action.DROP);
            assertThat(second.rules().rules().getFirst().regex()).isEqualTo(first.rules().rules().getFirst().regex());
        }
    }

    @Test
    void withoutRulesTheTargetsPassThroughUnchanged() throws Exception {
        try (var c = controller()) {
            c.start("targets = [{ \"a\" = \"1\" }, { \"b\" = \"2\" }]");
            Exports e = c.waitExports(WAIT);
            assertThat(e.output()).containsExactly(Target.of("a", "1"), Target.of("b", "2"));
            assertThat(e.rules()).isEqualTo(RelabelRules.EMPTY);
        }
    }

    @Test
    void exportsEncodeAsAListOfObjectsAndARulesCapsule() throws Exception {
        try (var c = controller()) {
            c.start("""
                    targets = [{ "job" = "x" }]
                    rule {
                      target_label = "env"
                      replacement  = "prod"
                    }
                    """);
            ObjectValue encoded = (ObjectValue) Encoder.encode(c.waitExports(WAIT));
            assertThat(encoded.get("output").toString()).contains("env").contains("prod");
            assertThat(encoded.get("rules")).isInstanceOfSatisfying(CapsuleValue.class,
                    cap -> assertThat(cap.typeName()).isEqualTo("relabel.Rules"));
        }
    }

    @Test
    void unchangedTargetsAreServedFromTheCacheOnTheNextUpdate() throws Exception {
        String body = """
                targets = [{ "a" = "1" }, { "a" = "2" }, { "a" = "%s" }]
                rule {
                  target_label = "b"
                  replacement  = "x"
                }
                """;
        try (var c = controller()) {
            c.start(body.formatted("3"));
            c.waitExports(WAIT);
            c.update(c.parseArguments(body.formatted("4")));
            Exports e = c.waitExports(WAIT);
            assertThat(e.output()).contains(Target.of("a", "4", "b", "x"));
            assertThat(metric(c, "alloy_discovery_relabel_cache_hits")).isEqualTo(2);
            assertThat(metric(c, "alloy_discovery_relabel_cache_misses")).isEqualTo(4);
            assertThat(metric(c, "alloy_discovery_relabel_cache_size")).isEqualTo(3);
        }
    }

    private static double metric(ComponentTestController<Arguments, Exports> c, String name) {
        return c.metrics().scrape().stream().filter(s -> s.getMetadata().getName().equals(name))
                .map(s -> s.getDataPoints().getFirst())
                .mapToDouble(p -> p instanceof io.prometheus.metrics.model.snapshots.CounterSnapshot.CounterDataPointSnapshot cp
                        ? cp.getValue()
                        : ((io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot) p).getValue())
                .findFirst().orElseThrow(() -> new AssertionError("no metric " + name));
    }

    @Test
    void aBadRuleIsAConfigurationErrorAtItsBlock() {
        try (var c = controller()) {
            assertThatThrownBy(() -> c.parseArguments("""
                    targets = []
                    rule {
                      action = "hashmod"
                      target_label = "x"
                    }
                    """)).isInstanceOfSatisfying(Diagnostics.class, d -> {
                        assertThat(d.list().getFirst().message())
                                .isEqualTo("relabel configuration for hashmod requires non-zero modulus");
                        assertThat(d.list().getFirst().start().line()).isEqualTo(3);
                    });
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void targetsAreRequired() {
        try (var c = controller()) {
            assertThatThrownBy(() -> c.parseArguments("")).isInstanceOfSatisfying(Diagnostics.class,
                    d -> assertThat(d.list().getFirst().message()).isEqualTo("missing required attribute \"targets\""));
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
