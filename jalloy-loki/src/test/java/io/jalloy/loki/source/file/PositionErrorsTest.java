package io.jalloy.loki.source.file;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.loki.positions.PositionKey;
import io.jalloy.loki.positions.PositionsFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PositionErrorsTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private final CollectingReceiver receiver = new CollectingReceiver();

    private List<String> runWithCorruptPosition(OnPositionsFileError mode) throws Exception {
        Path file = Files.writeString(dir.resolve("app.log"), "old 1\nold 2\n");
        Path data = Files.createDirectories(dir.resolve("data"));
        PositionsFile.write(data.resolve("positions.yml"), Map.of(new PositionKey(file.toString(), "{}"), "not a number"));
        Arguments a = TailingTest.args(List.of(TailingTest.target(file)), receiver);
        a = new Arguments(a.targets(), a.forwardTo(), "", a.decompression(), a.fileWatch(), a.fileMatch(), false, "", mode);
        try (var run = new SourceRun(data, a)) {
            Thread.sleep(200);
            Files.writeString(file, "new\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            Thread.sleep(200);
        }
        return receiver.lines();
    }

    @Test
    void restartFromBeginningReadsTheWholeFile() throws Exception {
        assertThat(runWithCorruptPosition(OnPositionsFileError.RESTART_FROM_BEGINNING)).containsExactly("old 1", "old 2", "new");
    }

    @Test
    void restartFromEndReadsOnlyNewLines() throws Exception {
        assertThat(runWithCorruptPosition(OnPositionsFileError.RESTART_FROM_END)).containsExactly("new");
    }

    @Test
    void skipLeavesTheFileAlone() throws Exception {
        assertThat(runWithCorruptPosition(OnPositionsFileError.SKIP)).isEmpty();
    }

    @Test
    void aCompressedFileWaitsForItsInitialDelay() throws Exception {
        Path file = dir.resolve("app.log.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("zipped\n".getBytes(StandardCharsets.UTF_8));
        }
        Arguments a = TailingTest.args(List.of(TailingTest.target(file)), receiver);
        a = new Arguments(a.targets(), a.forwardTo(), "", new Decompression(true, Duration.ofMillis(400), CompressionFormat.GZ),
                a.fileWatch(), a.fileMatch(), false, "", a.onPositionsFileError());
        long started = System.nanoTime();
        try (var run = new SourceRun(dir.resolve("data"), a)) {
            assertThat(receiver.awaitLines(1, WAIT)).containsExactly("zipped");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }
}
