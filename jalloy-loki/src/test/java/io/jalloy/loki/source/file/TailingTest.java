package io.jalloy.loki.source.file;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.discovery.Target;
import io.jalloy.common.labels.Labels;
import io.jalloy.loki.api.LogEntry;
import io.jalloy.loki.positions.PositionKey;
import io.jalloy.loki.positions.PositionsFile;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TailingTest {
    static final Duration WAIT = Duration.ofSeconds(10);
    static final FileWatch FAST = new FileWatch(Duration.ofMillis(5), Duration.ofMillis(20));

    @TempDir
    Path dir;

    final CollectingReceiver receiver = new CollectingReceiver();

    static Arguments args(List<Target> targets, CollectingReceiver receiver) {
        Arguments d = Arguments.defaults();
        return new Arguments(targets, List.of(receiver), "", d.decompression(), FAST, d.fileMatch(), false, "",
                d.onPositionsFileError());
    }

    static Target target(Path file, String... labels) {
        List<String> kv = new ArrayList<>(List.of("__path__", file.toString()));
        kv.addAll(List.of(labels));
        return Target.of(kv.toArray(String[]::new));
    }

    private static void append(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static List<String> numbered(String prefix, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(prefix + i);
        }
        return out;
    }

    @Test
    void appendedLinesArriveWithTheTargetsPublicLabelsAndTheFilename() throws Exception {
        Path file = Files.writeString(dir.resolve("app.log"), "first\r\nsecond\n");
        try (var run = new SourceRun(dir.resolve("data"), args(List.of(target(file, "job", "app", "__meta_x", "y")), receiver))) {
            assertThat(receiver.awaitLines(2, WAIT)).containsExactly("first", "second");
            append(file, "third\n");
            assertThat(receiver.awaitLines(3, WAIT)).containsExactly("first", "second", "third");
        }
        LogEntry e = receiver.entries().getFirst();
        assertThat(e.labels()).isEqualTo(Labels.of("job", "app", "filename", file.toString()));
        assertThat(e.timestampNanos()).isGreaterThan(0);
        assertThat(receiver.entries().get(1).timestampNanos()).isGreaterThan(e.timestampNanos());
    }

    @Test
    void aPartialLineAtTheEndWaitsForItsNewline() throws Exception {
        Path file = Files.writeString(dir.resolve("app.log"), "whole\nhal");
        try (var run = new SourceRun(dir.resolve("data"), args(List.of(target(file)), receiver))) {
            receiver.awaitLines(1, WAIT);
            Thread.sleep(150);
            assertThat(receiver.lines()).containsExactly("whole");
            append(file, "f done\n");
            assertThat(receiver.awaitLines(2, WAIT)).containsExactly("whole", "half done");
        }
    }

    @Test
    void positionsAreSavedInAlloysFormatWhenTheComponentStops() throws Exception {
        Path file = Files.writeString(dir.resolve("app.log"), "a\nbb\n");
        Path data = dir.resolve("data");
        try (var run = new SourceRun(data, args(List.of(target(file, "job", "x")), receiver))) {
            receiver.awaitLines(2, WAIT);
        }
        Map<PositionKey, String> saved = PositionsFile.read(data.resolve("positions.yml"));
        assertThat(saved).containsExactly(Map.entry(new PositionKey(file.toString(), "{job=\"x\"}"), "5"));
    }

    @Test
    void thePositionsFileFollowsEveryDeliveredBatchLongBeforeThePeriodicSave() throws Exception {
        Path file = Files.writeString(dir.resolve("app.log"), "a\nbb\n");
        Path data = dir.resolve("data");
        Path positions = data.resolve("positions.yml");
        PositionKey key = new PositionKey(file.toString(), "{}");
        try (var run = new SourceRun(data, args(List.of(target(file)), receiver))) {
            receiver.awaitLines(2, WAIT);
            // What a kill -9 would leave is the file on disk: it must not wait for the 10 s save.
            assertThat(savedWithin(positions, key, "5", Duration.ofSeconds(2))).isTrue();
            append(file, "ccc\n");
            receiver.awaitLines(3, WAIT);
            assertThat(savedWithin(positions, key, "9", Duration.ofSeconds(2))).isTrue();
        }
    }

    private static boolean savedWithin(Path positions, PositionKey key, String value, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(positions) && value.equals(PositionsFile.read(positions).get(key))) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    @Test
    void aNewComponentOnTheSameDataPathResumesWithoutLossOrDuplicates() throws Exception {
        Path file = Files.writeString(dir.resolve("app.log"), String.join("\n", numbered("line ", 0, 100)) + "\n");
        Path data = dir.resolve("data");
        try (var run = new SourceRun(data, args(List.of(target(file)), receiver))) {
            receiver.awaitLines(100, WAIT);
        }
        append(file, String.join("\n", numbered("line ", 100, 150)) + "\n");
        CollectingReceiver second = new CollectingReceiver();
        try (var run = new SourceRun(data, args(List.of(target(file)), second))) {
            assertThat(second.awaitLines(50, WAIT)).isEqualTo(numbered("line ", 100, 150));
            Thread.sleep(100);
            assertThat(second.lines()).hasSize(50);
        }
    }

    @Test
    void aBatchTheReceiverNeverAcceptedIsReadAgainAfterARestart() throws Exception {
        Path file = Files.writeString(dir.resolve("app.log"), String.join("\n", numbered("l", 0, 3000)) + "\n");
        Path data = dir.resolve("data");
        java.util.concurrent.atomic.AtomicInteger batches = new java.util.concurrent.atomic.AtomicInteger();
        CollectingReceiver accepted = new CollectingReceiver();
        io.jalloy.loki.api.LogsReceiver stuckOnSecond = batch -> {
            if (batches.incrementAndGet() > 1) {
                new java.util.concurrent.CountDownLatch(1).await(); // never accepts
            }
            accepted.send(batch);
        };
        Arguments a = args(List.of(target(file)), receiver);
        a = new Arguments(a.targets(), List.of(stuckOnSecond), "", a.decompression(), a.fileWatch(), a.fileMatch(),
                false, "", a.onPositionsFileError());
        try (var run = new SourceRun(data, a)) {
            accepted.awaitLines(FileSourceComponent.MAX_BATCH, WAIT);
            while (batches.get() < 2) {
                Thread.sleep(5);
            }
        }
        CollectingReceiver second = new CollectingReceiver();
        try (var run = new SourceRun(data, args(List.of(target(file)), second))) {
            assertThat(second.awaitLines(3000 - FileSourceComponent.MAX_BATCH, WAIT))
                    .isEqualTo(numbered("l", FileSourceComponent.MAX_BATCH, 3000));
        }
    }

    @Test
    void tailFromEndSkipsWhatTheFileHeldBeforeButNotWhatComesAfter() throws Exception {
        Path file = Files.writeString(dir.resolve("app.log"), "old 1\nold 2\n");
        Arguments a = args(List.of(target(file)), receiver);
        a = new Arguments(a.targets(), a.forwardTo(), a.encoding(), a.decompression(), a.fileWatch(), a.fileMatch(),
                true, "", a.onPositionsFileError());
        try (var run = new SourceRun(dir.resolve("data"), a)) {
            Thread.sleep(100);
            append(file, "new\n");
            assertThat(receiver.awaitLines(1, WAIT)).containsExactly("new");
        }
    }

    @Test
    void copytruncateStartsAgainFromTheBeginning() throws Exception {
        Path file = Files.writeString(dir.resolve("app.log"), "before 1\nbefore 2\n");
        try (var run = new SourceRun(dir.resolve("data"), args(List.of(target(file)), receiver))) {
            receiver.awaitLines(2, WAIT);
            Files.copy(file, dir.resolve("app.log.1"));
            try (var ch = java.nio.channels.FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(0);
            }
            Thread.sleep(100);
            append(file, "after\n");
            assertThat(receiver.awaitLines(3, WAIT)).containsExactly("before 1", "before 2", "after");
        }
    }

    @Test
    void renameAndCreateRotationWhileWritingDeliversEveryLineExactlyOnce() throws Exception {
        Path file = dir.resolve("app.log");
        Files.createFile(file);
        int total = 30_000;
        try (var run = new SourceRun(dir.resolve("data"), args(List.of(target(file)), receiver))) {
            OutputStream out = new FileOutputStream(file.toFile(), true);
            for (int i = 0; i < total; i++) {
                out.write(("line " + i + "\n").getBytes(StandardCharsets.UTF_8));
                if (i % 7_000 == 6_999) {
                    out.close();
                    Files.move(file, dir.resolve("app.log." + i));
                    out = new FileOutputStream(file.toFile(), true);
                    // Rotations are rarer than polls in life; two within one poll could skip a whole file.
                    Thread.sleep(100);
                }
            }
            out.close();
            assertThat(receiver.awaitLines(total, WAIT)).isEqualTo(numbered("line ", 0, total));
            Thread.sleep(100);
            assertThat(receiver.lines()).hasSize(total);
        }
    }

    @Test
    void linesAWriterAddsToTheRenamedFileBeforeReopeningAreNotLost() throws Exception {
        Path file = Files.createFile(dir.resolve("app.log"));
        try (var run = new SourceRun(dir.resolve("data"), args(List.of(target(file)), receiver))) {
            OutputStream old = new FileOutputStream(file.toFile(), true);
            old.write("old 1\n".getBytes(StandardCharsets.UTF_8));
            receiver.awaitLines(1, WAIT);
            Files.move(file, dir.resolve("app.log.1"));
            Files.writeString(file, "new 1\n");
            old.write("old 2\n".getBytes(StandardCharsets.UTF_8));
            old.close();
            append(file, "new 2\n");
            assertThat(receiver.awaitLines(4, WAIT)).containsExactly("old 1", "old 2", "new 1", "new 2");
        }
    }

    @Test
    void copytruncateRotationWhileWritingLosesNothingWrittenAfterTheTruncation() throws Exception {
        Path file = dir.resolve("app.log");
        Files.createFile(file);
        try (var run = new SourceRun(dir.resolve("data"), args(List.of(target(file)), receiver))) {
            append(file, String.join("\n", numbered("a", 0, 1000)) + "\n");
            receiver.awaitLines(1000, WAIT);
            try (var ch = java.nio.channels.FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(0);
            }
            Thread.sleep(100);
            append(file, String.join("\n", numbered("b", 0, 10)) + "\n");
            List<String> expected = new ArrayList<>(numbered("a", 0, 1000));
            expected.addAll(numbered("b", 0, 10));
            assertThat(receiver.awaitLines(1010, WAIT)).isEqualTo(expected);
        }
    }

    @Test
    void aDeletedFileThatComesBackIsReadFromItsStart() throws Exception {
        Path file = Files.writeString(dir.resolve("app.log"), "one\n");
        try (var run = new SourceRun(dir.resolve("data"), args(List.of(target(file)), receiver))) {
            receiver.awaitLines(1, WAIT);
            Files.delete(file);
            Thread.sleep(100);
            Files.writeString(file, "two\n");
            assertThat(receiver.awaitLines(2, WAIT)).containsExactly("one", "two");
        }
    }

    @Test
    void aTargetThatLeavesStopsItsReaderAndForgetsItsPosition() throws Exception {
        Path a = Files.writeString(dir.resolve("a.log"), "a1\n");
        Path b = Files.writeString(dir.resolve("b.log"), "b1\n");
        Path data = dir.resolve("data");
        try (var run = new SourceRun(data, args(List.of(target(a), target(b)), receiver))) {
            receiver.awaitLines(2, WAIT);
            run.update(args(List.of(target(a)), receiver));
            append(b, "b2\n");
            append(a, "a2\n");
            receiver.awaitLines(3, WAIT);
            Thread.sleep(100);
            assertThat(receiver.lines()).containsExactlyInAnyOrder("a1", "b1", "a2");
        }
        assertThat(PositionsFile.read(data.resolve("positions.yml")).keySet())
                .containsExactly(new PositionKey(a.toString(), "{}"));
    }

    @Test
    void theFileMatchBlockExpandsGlobsAndPicksUpNewFiles() throws Exception {
        Files.createDirectories(dir.resolve("logs/sub"));
        Files.writeString(dir.resolve("logs/sub/x.log"), "x\n");
        Files.writeString(dir.resolve("logs/skip.txt"), "no\n");
        Arguments a = args(List.of(target(dir.resolve("logs/**/*.log"))), receiver);
        a = new Arguments(a.targets(), a.forwardTo(), "", a.decompression(), a.fileWatch(),
                new FileMatch(true, Duration.ofMillis(50), Duration.ZERO), false, "", a.onPositionsFileError());
        try (var run = new SourceRun(dir.resolve("data"), a)) {
            assertThat(receiver.awaitLines(1, WAIT)).containsExactly("x");
            Files.writeString(dir.resolve("logs/y.log"), "y\n");
            assertThat(receiver.awaitLines(2, WAIT)).containsExactly("x", "y");
        }
        assertThat(receiver.entries().get(1).labels().get("filename")).isEqualTo(dir.resolve("logs/y.log").toString());
    }
}
