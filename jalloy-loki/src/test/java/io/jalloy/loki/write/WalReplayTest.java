package io.jalloy.loki.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.labels.Labels;
import io.jalloy.loki.api.LogEntry;
import io.jalloy.loki.testing.FakeLoki;
import io.jalloy.runtime.componenttest.ComponentTestController;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WalReplayTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private static ComponentTestController<Arguments, Exports> controller() {
        return ComponentTestController.of(new WriteProvider(d -> Thread.sleep(1), Duration.ofMinutes(1)));
    }

    private static String config(FakeLoki loki) {
        return "endpoint {\n url = \"" + loki.url() + "\"\n batch_wait = \"20ms\"\n max_backoff_retries = 0\n}\n"
                + "wal {\n enabled = true\n drain_timeout = \"200ms\"\n}\n";
    }

    private static List<LogEntry> entries(int count) {
        List<LogEntry> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new LogEntry(Labels.of("job", "wal"), i, "entry " + i, Labels.of("k", "v" + i)));
        }
        return out;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static List<Path> segments(Path data) throws IOException {
        Path wal = data.resolve("wal");
        if (!Files.isDirectory(wal)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(wal)) {
            return files.filter(f -> f.toString().endsWith(Wal.SUFFIX)).toList();
        }
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + WAIT);
            }
            Thread.sleep(10);
        }
    }

    @Test
    void entriesKeptDuringAnOutageAreReplayedByTheNextComponentExactlyOnce() throws Exception {
        int[] outage = new int[100_000];
        java.util.Arrays.fill(outage, 503);
        try (FakeLoki down = new FakeLoki(outage);
                FakeLoki up = new FakeLoki();
                var first = controller();
                var second = controller()) {
            first.start(config(down));
            first.waitExports(WAIT).receiver().send(entries(25));
            await(() -> down.requests() > 2);
            assertThat(first.node().stop(WAIT)).isTrue();
            assertThat(segments(first.dataPath())).isNotEmpty();

            copyTree(first.dataPath(), second.dataPath());
            // A crash mid-append leaves a torn frame at the end of the last segment.
            Path last = segments(second.dataPath()).stream().sorted().toList().getLast();
            Files.write(last, new byte[] {0, 0, 0, 50, 1, 2, 3}, StandardOpenOption.APPEND);

            second.start(config(up));
            await(() -> up.accepted().size() >= 25);
            Thread.sleep(100);
            assertThat(up.accepted()).extracting(FakeLoki.Received::line)
                    .containsExactlyInAnyOrderElementsOf(entries(25).stream().map(LogEntry::line).toList());
            assertThat(up.accepted()).allMatch(r -> r.metadata().startsWith("k=v"));
            assertThat(second.node().stop(WAIT)).isTrue();
            assertThat(segments(second.dataPath())).isEmpty();
        }
    }

    @Test
    void deliveredSegmentsAreDeletedOnceEveryEndpointHasThem() throws Exception {
        try (FakeLoki a = new FakeLoki();
                FakeLoki b = new FakeLoki(500);
                var c = controller()) {
            c.start("endpoint {\n url = \"" + a.url() + "\"\n batch_wait = \"20ms\"\n}\n"
                    + "endpoint {\n url = \"" + b.url() + "\"\n batch_wait = \"20ms\"\n}\n"
                    + "wal {\n enabled = true\n}\n");
            c.waitExports(WAIT).receiver().send(entries(10));
            await(() -> a.accepted().size() == 10 && b.accepted().size() == 10);
            assertThat(segments(c.dataPath())).hasSize(1);
            assertThat(c.node().stop(WAIT)).isTrue();
            assertThat(segments(c.dataPath())).isEmpty();
        }
    }
}
