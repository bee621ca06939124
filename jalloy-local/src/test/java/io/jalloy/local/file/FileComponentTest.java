package io.jalloy.local.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jalloy.component.Health;
import io.jalloy.component.HealthState;
import io.jalloy.runtime.componenttest.ComponentTestController;
import io.jalloy.syntax.value.OptionalSecret;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileComponentTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    /** Long enough that only file-system events can explain a quick re-read. */
    private static final Duration NEVER = Duration.ofHours(1);

    @TempDir
    Path directory;

    private final ComponentTestController<Arguments, Exports> controller =
            ComponentTestController.of(new FileProvider());

    @AfterEach
    void stop() throws InterruptedException {
        controller.close();
    }

    private void start(Path file, Detector detector, Duration pollFrequency, boolean secret) throws Exception {
        controller.start(new Arguments(file.toString(), detector, pollFrequency, secret));
    }

    private static Exports content(String value) {
        return new Exports(new OptionalSecret(value, false));
    }

    private Exports next(String value) throws Exception {
        return controller.waitExports(exports -> exports.content().value().equals(value), WAIT);
    }

    @Test
    void creatingTheComponentReadsTheFileAtOnce() throws Exception {
        Path file = Files.writeString(directory.resolve("config.alloy"), "a = 1\n");

        start(file, Detector.FSNOTIFY, NEVER, false);

        assertThat(controller.exports()).isEqualTo(content("a = 1\n"));
        assertThat(controller.waitHealth(h -> h.state() == HealthState.HEALTHY, WAIT)).isNotNull();
    }

    @Test
    void creatingFailsWithAlloysMessageWhenTheFileIsMissing() {
        Path missing = directory.resolve("missing.alloy");

        assertThatThrownBy(() -> start(missing, Detector.POLL, NEVER, false))
                .hasMessageContaining("failed to read file: open " + missing + ": no such file or directory");
    }

    @Test
    void fsnotifyModeExportsAChangeWithoutWaitingForThePollPeriod() throws Exception {
        Path file = Files.writeString(directory.resolve("config.alloy"), "v1");
        start(file, Detector.FSNOTIFY, NEVER, false);

        Files.writeString(file, "v2");

        assertThat(next("v2")).isEqualTo(content("v2"));
    }

    @Test
    void fsnotifyModeNoticesAFileReplacedByRename() throws Exception {
        Path file = Files.writeString(directory.resolve("config.alloy"), "v1");
        start(file, Detector.FSNOTIFY, NEVER, false);

        Path staged = Files.writeString(directory.resolve(".config.alloy.tmp"), "renamed in");
        Files.move(staged, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

        assertThat(next("renamed in")).isEqualTo(content("renamed in"));
    }

    @Test
    void pollModeExportsAChangeAfterThePollPeriod() throws Exception {
        Path file = Files.writeString(directory.resolve("config.alloy"), "v1");
        start(file, Detector.POLL, Duration.ofMillis(100), false);

        Files.writeString(file, "v2");

        assertThat(next("v2")).isEqualTo(content("v2"));
    }

    @Test
    void aDeletedFileMakesTheComponentUnhealthyUntilItComesBack() throws Exception {
        Path file = Files.writeString(directory.resolve("config.alloy"), "v1");
        start(file, Detector.POLL, Duration.ofMillis(50), false);

        Files.delete(file);
        Health unhealthy = controller.waitHealth(h -> h.state() == HealthState.UNHEALTHY, WAIT);
        assertThat(unhealthy.message()).isEqualTo("failed to read file: open " + file + ": no such file or directory");
        assertThat(controller.exports()).as("the last content stays exported").isEqualTo(content("v1"));

        Files.writeString(file, "v2");
        assertThat(next("v2")).isEqualTo(content("v2"));
        assertThat(controller.waitHealth(h -> h.state() == HealthState.HEALTHY, WAIT)).isNotNull();
    }

    @Test
    void secretContentIsExportedAsSecret() throws Exception {
        Path file = Files.writeString(directory.resolve("token"), "hunter2");

        start(file, Detector.FSNOTIFY, NEVER, true);

        assertThat(controller.exports()).isEqualTo(new Exports(new OptionalSecret("hunter2", true)));
    }

    @Test
    void anUpdateToAnotherFileReadsItAndWatchesIt() throws Exception {
        Path first = Files.writeString(directory.resolve("first"), "first");
        Path second = Files.writeString(directory.resolve("second"), "second");
        start(first, Detector.FSNOTIFY, NEVER, false);

        controller.update(new Arguments(second.toString(), Detector.POLL, Duration.ofMillis(50), false));
        assertThat(controller.exports()).isEqualTo(content("second"));

        Files.writeString(second, "second, changed");
        assertThat(next("second, changed")).isEqualTo(content("second, changed"));
    }

    @Test
    void theLastAccessIsRecordedAsAlloysMetric() throws Exception {
        Path file = Files.writeString(directory.resolve("config.alloy"), "x");

        start(file, Detector.FSNOTIFY, NEVER, false);

        assertThat(controller.metrics().scrape().stream()
                        .filter(s -> s.getMetadata().getPrometheusName()
                                .equals("agent_local_file_timestamp_last_accessed_unix_seconds"))
                        .map(s -> ((GaugeSnapshot) s).getDataPoints().getFirst().getValue()))
                .singleElement()
                .satisfies(seconds -> assertThat(seconds).isGreaterThan(1.7e9));
    }
}
