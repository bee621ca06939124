package io.jalloy.loki.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.labels.Labels;
import io.jalloy.loki.api.LogEntry;
import io.jalloy.loki.testing.FakeLoki;
import io.jalloy.runtime.componenttest.ComponentTestController;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalCheckpointTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final System.Logger LOG = System.getLogger(WalCheckpointTest.class.getName());

    @TempDir
    Path dir;

    private static String config(FakeLoki loki) {
        return "endpoint {\n url = \"" + loki.url() + "\"\n batch_wait = \"20ms\"\n max_backoff_retries = 0\n}\n"
                + "wal {\n enabled = true\n drain_timeout = \"200ms\"\n}\n";
    }

    private static List<LogEntry> entries(int from, int to) {
        List<LogEntry> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(new LogEntry(Labels.of("job", "wal"), i, "entry " + i, Labels.EMPTY));
        }
        return out;
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + WAIT);
            }
            Thread.sleep(10);
        }
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

    @Test
    void aRestartResendsOnlyWhatTheReceiverDidNotAcknowledge() throws Exception {
        int[] script = new int[100_000];
        Arrays.fill(script, 503);
        script[0] = 204;
        script[1] = 204;
        try (FakeLoki flaky = new FakeLoki(script);
                FakeLoki up = new FakeLoki();
                var first = ComponentTestController.<Arguments, Exports>of(new WriteProvider(d -> Thread.sleep(1), Duration.ofMinutes(1)));
                var second = ComponentTestController.<Arguments, Exports>of(new WriteProvider(d -> Thread.sleep(1), Duration.ofMinutes(1)))) {
            first.start(config(flaky));
            var receiver = first.waitExports(WAIT).receiver();
            for (int push = 0; push < 3; push++) {
                receiver.send(entries(push * 5, push * 5 + 5));
                int expected = push + 1;
                await(() -> flaky.requests() >= expected);
            }
            await(() -> flaky.requests() > 4);
            assertThat(flaky.accepted()).hasSize(10);
            // The process ends here as after kill -9: nothing is drained, the WAL and checkpoint stay.
            assertThat(first.node().stop(WAIT)).isTrue();

            copyTree(first.dataPath(), second.dataPath());
            second.start(config(up));
            await(() -> up.accepted().size() >= 5);
            Thread.sleep(100);
            assertThat(up.accepted()).extracting(FakeLoki.Received::line)
                    .containsExactlyElementsOf(IntStream.range(10, 15).mapToObj(i -> "entry " + i).toList());
            assertThat(second.node().stop(WAIT)).isTrue();
            assertThat(Wal.segmentIds(second.dataPath().resolve("wal"))).isEmpty();
        }
    }

    @Test
    void theCheckpointIsTheLongestFinishedPrefixEvenWhenBatchesFinishOutOfOrder() throws Exception {
        Path file = dir.resolve("e.checkpoint");
        WalProgress p = new WalProgress(file, WalCheckpoint.START, LOG);
        long f0 = p.register(0, 0, 4, 0);
        long f1 = p.register(0, 100, 2, 0);
        p.finish(f1, 0, 2); // another tenant's batch finished first
        p.save();
        assertThat(WalCheckpoint.read(file).covers(0, 0, 0)).isFalse();
        p.finish(f0, 0, 2);
        p.save();
        assertThat(WalCheckpoint.read(file)).isEqualTo(new WalCheckpoint(0, 0, 2));
        p.finish(f0, 2, 4);
        p.save();
        assertThat(WalCheckpoint.read(file)).isEqualTo(new WalCheckpoint(0, 100, 2));
        assertThat(p.drainFinishedPerSegment()).containsEntry(0L, 6);

        WalProgress restarted = new WalProgress(file, WalCheckpoint.read(file), LOG);
        assertThat(restarted.alreadyFinished(0, 100)).isEqualTo(2);
        assertThat(restarted.alreadyFinished(1, 0)).isZero();
    }

    private static Batch batchOf(long frame, int from, int to) {
        Batch b = new Batch("", 1 << 20, 0, 0);
        for (int i = from; i < to; i++) {
            b.add(entries(i, i + 1).getFirst(), "{job=\"wal\"}", frame, i);
        }
        return b;
    }

    @Test
    void aPreparedCheckpointTakesEffectOnlyOnCommitAndNeverAfterAnAbandon() throws Exception {
        Path file = dir.resolve("e.checkpoint");
        WalProgress p = new WalProgress(file, WalCheckpoint.START, LOG);
        long f0 = p.register(2, 0, 3, 0);
        long f1 = p.register(2, 64, 3, 0);
        p.prepare(batchOf(f0, 0, 3));
        assertThat(WalCheckpoint.read(file)).isEqualTo(WalCheckpoint.START);
        p.commit();
        assertThat(WalCheckpoint.read(file)).isEqualTo(new WalCheckpoint(2, 64, 0)); // frame 0 done, frame 1 next
        assertThat(p.drainFinishedPerSegment()).containsExactly(java.util.Map.entry(2L, 3));

        p.prepare(batchOf(f1, 0, 2));
        p.abandon(); // stopped while retrying
        p.prepare(batchOf(f1, 2, 3));
        p.commit();
        assertThat(WalCheckpoint.read(file)).isEqualTo(new WalCheckpoint(2, 64, 0));
    }

    @Test
    void newSegmentsAreNumberedPastEveryCheckpointSoNoneIsMistakenForFinished() throws Exception {
        Path walDir = dir.resolve("wal");
        try (Wal wal = Wal.open(walDir, List.of(new WalCheckpoint(7, 40, 3), WalCheckpoint.START),
                Duration.ofHours(1), Duration.ofHours(1))) {
            wal.append(entries(0, 2));
        }
        assertThat(Wal.segmentIds(walDir)).containsExactly(8L);
    }

    @Test
    void segmentsEveryEndpointFinishedAreDeletedOnOpenAndPartlyFinishedOnesKept() throws Exception {
        Path walDir = dir.resolve("wal");
        try (Wal wal = Wal.open(walDir, List.of(WalCheckpoint.START), Duration.ofHours(1), Duration.ofNanos(1))) {
            wal.append(entries(0, 3)); // segment 0, one frame at offset 0
            wal.append(entries(3, 6)); // segment 1
        }
        assertThat(Wal.segmentIds(walDir)).containsExactly(0L, 1L);
        try (Wal wal = Wal.open(walDir, List.of(new WalCheckpoint(1, 0, 2)), Duration.ofHours(1), Duration.ofHours(1))) {
            assertThat(Wal.segmentIds(walDir)).containsExactly(1L);
            assertThat(wal.written(1)).isPositive();
        }
        try (Wal wal = Wal.open(walDir, List.of(new WalCheckpoint(1, 0, 3)), Duration.ofHours(1), Duration.ofHours(1))) {
            assertThat(Wal.segmentIds(walDir)).isEmpty();
        }
    }

    @Test
    void anUnreadableCheckpointMeansStartingOver() throws Exception {
        Path file = dir.resolve("x.checkpoint");
        assertThat(WalCheckpoint.read(file)).isEqualTo(WalCheckpoint.START);
        Files.writeString(file, "garbage");
        assertThat(WalCheckpoint.read(file)).isEqualTo(WalCheckpoint.START);
        new WalCheckpoint(3, 17, 2).write(file);
        assertThat(WalCheckpoint.read(file)).isEqualTo(new WalCheckpoint(3, 17, 2));
    }
}
