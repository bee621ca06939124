package io.jalloy.runtime.componenttest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jalloy.component.HealthState;
import io.jalloy.component.NoExports;
import io.jalloy.runtime.node.NodeEvaluationException;
import io.jalloy.runtime.testcomponents.CounterProvider;
import io.jalloy.runtime.testcomponents.CounterProvider.Arguments;
import io.jalloy.runtime.testcomponents.CounterProvider.Exports;
import io.jalloy.runtime.testcomponents.FailingProvider;
import io.jalloy.runtime.testcomponents.FailingProvider.Where;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class ComponentTestControllerTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void runsARegisteredComponentByNameAndSeesItsExports() throws Exception {
        try (var c = ComponentTestController.forName("testcomponents.counter", Arguments.class, Exports.class)) {
            c.start(new Arguments(10, Duration.ofMillis(5), false));
            assertThat(c.waitExports(WAIT)).isEqualTo(new Exports(10));
            assertThat(c.waitExports(e -> e.count() >= 13, WAIT).count()).isGreaterThanOrEqualTo(13);
            assertThat(c.id()).isEqualTo("testcomponents.counter.test");
        }
    }

    @Test
    void argumentsCanBeWrittenInAlloyWithDefaultsAndTheStandardLibrary() throws Exception {
        try (var c = ComponentTestController.forName("testcomponents.counter", Arguments.class, Exports.class)) {
            c.start("start = encoding.from_json(\"{\\\"n\\\": 4}\").n\nfrequency = \"5ms\"");
            assertThat(c.node().arguments()).isEqualTo(new Arguments(4, Duration.ofMillis(5), false));
            assertThat(c.waitExports(e -> e.count() >= 5, WAIT).count()).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void alloyArgumentsThatDoNotDecodeReportTheirPosition() throws Exception {
        try (var c = ComponentTestController.of(new CounterProvider())) {
            assertThatThrownBy(() -> c.start("start = true"))
                    .isInstanceOf(io.jalloy.syntax.diag.Diagnostics.class)
                    .hasMessageStartingWith("test.alloy:2:");
        }
    }

    @Test
    void waitingForExportsThatNeverComeTimesOut() throws Exception {
        try (var c = ComponentTestController.of(new CounterProvider())) {
            c.start(new Arguments(0, Duration.ofHours(1), false));
            c.waitExports(WAIT);
            assertThatThrownBy(() -> c.waitExports(Duration.ofMillis(50)))
                    .isInstanceOf(TimeoutException.class)
                    .hasMessage("timed out waiting for exports");
        }
    }

    @Test
    void healthCombinesTheRuntimesViewWithTheComponentsOwnReport() throws Exception {
        try (var c = ComponentTestController.of(new CounterProvider())) {
            c.start(new Arguments(0, Duration.ofHours(1), false));
            assertThat(c.waitHealth(h -> h.state() == HealthState.HEALTHY, WAIT).message())
                    .isIn("started component", "component evaluated", "counting");
            c.update(new Arguments(0, Duration.ofHours(1), true));
            assertThat(c.waitHealth(h -> h.state() == HealthState.UNHEALTHY, WAIT).message())
                    .isEqualTo("asked to be unhealthy");
        }
    }

    @Test
    void updateReachesTheRunningComponent() throws Exception {
        try (var c = ComponentTestController.of(new CounterProvider())) {
            c.start(new Arguments(0, Duration.ofHours(1), false));
            c.update(new Arguments(0, Duration.ofMillis(5), false));
            assertThat(c.waitExports(e -> e.count() >= 2, WAIT).count()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void componentHandlerAndMetricsAreReachableFromTheHarness() throws Exception {
        try (var c = ComponentTestController.of(new CounterProvider())) {
            c.start(new Arguments(7, Duration.ofHours(1), false));
            assertThat(new String(c.get("/count").body(), StandardCharsets.UTF_8)).isEqualTo("7");
            assertThat(c.get("/nope").status()).isEqualTo(404);
            assertThat(c.metrics().scrape().stream().map(s -> s.getMetadata().getName()))
                    .contains("testcomponents_counter_ticks");
            assertThat(c.dataPath().toString()).endsWith("testcomponents.counter.test");
        }
    }

    @Test
    void buildFailureIsReportedAsAlloyWordsIt() throws Exception {
        try (var c = ComponentTestController.of(new FailingProvider())) {
            assertThatThrownBy(() -> c.start(new FailingProvider.Arguments(Where.CREATE)))
                    .isInstanceOf(NodeEvaluationException.class)
                    .hasMessage("building component: cannot create");
            assertThat(c.health().state()).isEqualTo(HealthState.UNHEALTHY);
            assertThat(c.health().message()).isEqualTo("component evaluation failed: building component: cannot create");
        }
    }

    @Test
    void rejectedUpdateKeepsTheOldArgumentsAndMakesTheComponentUnhealthy() throws Exception {
        try (var c = ComponentTestController.of(new FailingProvider())) {
            c.start(new FailingProvider.Arguments(Where.NOWHERE));
            assertThatThrownBy(() -> c.update(new FailingProvider.Arguments(Where.UPDATE)))
                    .hasMessage("updating component: cannot update");
            assertThat(c.node().arguments()).isEqualTo(new FailingProvider.Arguments(Where.NOWHERE));
            assertThat(c.health().message()).isEqualTo("component evaluation failed: updating component: cannot update");
        }
    }

    @Test
    void runThatThrowsLeavesTheComponentExitedWithTheError() throws Exception {
        try (var c = ComponentTestController.of(new FailingProvider())) {
            c.start(new FailingProvider.Arguments(Where.RUN));
            assertThat(c.waitHealth(h -> h.state() == HealthState.EXITED, WAIT).message())
                    .isEqualTo("component shut down with error: disk on fire");
            assertThat(c.exports()).isNull();
        }
    }

    @Test
    void stoppingExitsCleanly() throws Exception {
        var c = ComponentTestController.of(new FailingProvider());
        c.start(new FailingProvider.Arguments(Where.NOWHERE));
        c.close();
        assertThat(c.health().state()).isEqualTo(HealthState.EXITED);
        assertThat(c.health().message()).isEqualTo("component shut down cleanly");
    }

    @Test
    void aComponentWithoutExportsTypeMismatchIsRefusedByName() {
        assertThatThrownBy(() -> ComponentTestController.forName("testcomponents.failing", Arguments.class, NoExports.class))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ComponentTestController.forName("local.missing", Arguments.class, Exports.class))
                .hasMessage("no such component \"local.missing\"");
    }
}
