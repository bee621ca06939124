package io.jalloy.local.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jalloy.component.HealthState;
import io.jalloy.syntax.value.OptionalSecret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileComponentTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    /** Long enough that only file-system events can explain a quick re-read. */
    private static final Duration NEVER = Duration.ofHours(1);

    @TempDir
    Path directory;

    private FileComponent create(Harness<Exports> harness, Path file, Detector detector, Duration pollFrequency,
            boolean secret) throws Exception {
        return new FileComponent(Harness.options("local.file.config", directory.resolve("data"), Clock.systemUTC()),
                new Arguments(file.toString(), detector, pollFrequency, secret), harness::publish);
    }

    private static Exports content(String value) {
        return new Exports(new OptionalSecret(value, false));
    }

    @Test
    void creatingTheComponentReadsTheFileAtOnce() throws Exception {
        Path file = Files.writeString(directory.resolve("config.alloy"), "a = 1\n");
        try (Harness<Exports> harness = new Harness<>()) {
            FileComponent component = create(harness, file, Detector.FSNOTIFY, NEVER, false);

            assertThat(harness.nextExport(Duration.ZERO)).isEqualTo(content("a = 1\n"));
            assertThat(component.currentHealth().state()).isEqualTo(HealthState.HEALTHY);
            assertThat(component.currentHealth().message()).isEqualTo("read file");
        }
    }

    @Test
    void creatingFailsWithAlloysMessageWhenTheFileIsMissing() {
        Path missing = directory.resolve("missing.alloy");

        assertThatThrownBy(() -> create(new Harness<>(), missing, Detector.POLL, NEVER, false))
                .hasMessage("failed to read file: open " + missing + ": no such file or directory");
    }

    @Test
    void fsnotifyModeExportsAChangeWithoutWaitingForThePollPeriod() throws Exception {
        Path file = Files.writeString(directory.resolve("config.alloy"), "v1");
        try (Harness<Exports> harness = new Harness<>()) {
            FileComponent component = create(harness, file, Detector.FSNOTIFY, NEVER, false);
            harness.nextExport(Duration.ZERO);
            harness.start(component);

            Files.writeString(file, "v2");

            assertThat(harness.nextExport(WAIT)).isEqualTo(content("v2"));
        }
    }

    @Test
    void fsnotifyModeNoticesAFileReplacedByRename() throws Exception {
        Path file = Files.writeString(directory.resolve("config.alloy"), "v1");
        try (Harness<Exports> harness = new Harness<>()) {
            FileComponent component = create(harness, file, Detector.FSNOTIFY, NEVER, false);
            harness.nextExport(Duration.ZERO);
            harness.start(component);

            Path staged = Files.writeString(directory.resolve(".config.alloy.tmp"), "renamed in");
            Files.move(staged, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

            assertThat(harness.nextExport(WAIT)).isEqualTo(content("renamed in"));
        }
    }

    @Test
    void pollModeExportsAChangeAfterThePollPeriod() throws Exception {
        Path file = Files.writeString(directory.resolve("config.alloy"), "v1");
        try (Harness<Exports> harness = new Harness<>()) {
            FileComponent component = create(harness, file, Detector.POLL, Duration.ofMillis(100), false);
            harness.nextExport(Duration.ZERO);
            harness.start(component);

            Files.writeString(file, "v2");

            assertThat(harness.nextExport(WAIT)).isEqualTo(content("v2"));
        }
    }

    @Test
    void aDeletedFileMakesTheComponentUnhealthyUntilItComesBack() throws Exception {
        Path file = Files.writeString(directory.resolve("config.alloy"), "v1");
        try (Harness<Exports> harness = new Harness<>()) {
            FileComponent component = create(harness, file, Detector.POLL, Duration.ofMillis(50), false);
            harness.nextExport(Duration.ZERO);
            harness.start(component);

            Files.delete(file);
            awaitUntil(() -> component.currentHealth().state() == HealthState.UNHEALTHY);
            assertThat(component.currentHealth().message())
                    .isEqualTo("failed to read file: open " + file + ": no such file or directory");

            Files.writeString(file, "v2");
            assertThat(harness.nextExport(WAIT)).isEqualTo(content("v2"));
            assertThat(component.currentHealth().state()).isEqualTo(HealthState.HEALTHY);
        }
    }

    @Test
    void secretContentIsExportedAsSecret() throws Exception {
        Path file = Files.writeString(directory.resolve("token"), "hunter2");
        try (Harness<Exports> harness = new Harness<>()) {
            create(harness, file, Detector.FSNOTIFY, NEVER, true);

            assertThat(harness.nextExport(Duration.ZERO)).isEqualTo(new Exports(new OptionalSecret("hunter2", true)));
        }
    }

    @Test
    void anUpdateToAnotherFileReadsItAndWatchesIt() throws Exception {
        Path first = Files.writeString(directory.resolve("first"), "first");
        Path second = Files.writeString(directory.resolve("second"), "second");
        try (Harness<Exports> harness = new Harness<>()) {
            FileComponent component = create(harness, first, Detector.FSNOTIFY, NEVER, false);
            harness.nextExport(Duration.ZERO);
            harness.start(component);

            component.update(new Arguments(second.toString(), Detector.POLL, Duration.ofMillis(50), false));
            assertThat(harness.nextExport(Duration.ZERO)).isEqualTo(content("second"));

            Files.writeString(second, "second, changed");
            Exports next = harness.nextExport(WAIT);
            while (next != null && next.equals(content("second"))) {
                next = harness.nextExport(WAIT);
            }
            assertThat(next).isEqualTo(content("second, changed"));
        }
    }

    private static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + WAIT);
            }
            Thread.sleep(10);
        }
    }
}
