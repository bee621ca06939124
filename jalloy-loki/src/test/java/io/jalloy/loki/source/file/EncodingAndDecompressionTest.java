package io.jalloy.loki.source.file;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.discovery.Target;
import io.jalloy.loki.SharedData;
import io.jalloy.loki.positions.PositionKey;
import io.jalloy.loki.positions.PositionsFile;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EncodingAndDecompressionTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    /** What Alloy's own encoding test expects from every file of testdata/encoding. */
    private static final List<String> SQL_LOG = List.of(
            "2025-03-11 11:11:02.58 Server      Microsoft SQL Server 2019 (RTM) - 15.0.2000.5 (X64) ",
            "\tSep 24 2019 13:48:23 ",
            "\tCopyright (C) 2019 Microsoft Corporation",
            "\tEnterprise Edition (64-bit) on Windows Server 2022 Standard 10.0 <X64> (Build 20348: ) (Hypervisor)",
            "",
            "2025-03-11 11:11:02.71 Server      UTC adjustment: 1:00",
            "2025-03-11 11:11:02.71 Server      (c) Microsoft Corporation.",
            "2025-03-11 11:11:02.72 Server      All rights reserved.",
            "2025-03-11 11:11:02.72 Server      Server process ID is 4708.");

    @TempDir
    Path dir;

    private final CollectingReceiver receiver = new CollectingReceiver();

    private Arguments args(Path file, String encoding, Decompression decompression) {
        Arguments d = TailingTest.args(List.of(Target.of("__path__", file.toString(), "source", "sql")), receiver);
        return new Arguments(d.targets(), d.forwardTo(), encoding, decompression, d.fileWatch(), d.fileMatch(), false,
                "", d.onPositionsFileError());
    }

    private static Decompression format(CompressionFormat f) {
        return new Decompression(true, Duration.ZERO, f);
    }

    @ParameterizedTest(name = "{0} read as \"{1}\" (compressed: {2})")
    @CsvSource(textBlock = """
            CRLF/UTF-8.txt,         '',       false
            CRLF/UTF-8.txt,         UTF-8,    false
            CRLF/UTF-16.txt,        UTF-16,   false
            CRLF/UTF-16_LE.txt,     UTF-16LE, false
            CRLF/UTF-16_BE.txt,     UTF-16BE, false
            CRLF/UTF-16_LE_BOM.txt, UTF-16,   false
            CRLF/UTF-16_BE_BOM.txt, UTF-16,   false
            LF/UTF-8.txt,           '',       false
            LF/UTF-16.txt,          UTF-16,   false
            LF/UTF-16_LE.txt,       UTF-16LE, false
            LF/UTF-16_BE.txt,       UTF-16BE, false
            LF/UTF-16_LE_BOM.txt,   UTF-16,   false
            LF/UTF-16_BE_BOM.txt,   UTF-16,   false
            CRLF/UTF-8.txt.gz,      '',       true
            CRLF/UTF-16.txt.gz,     UTF-16,   true
            CRLF/UTF-16_LE.txt.gz,  UTF-16LE, true
            CRLF/UTF-16_BE.txt.gz,  UTF-16BE, true
            LF/UTF-16_BE_BOM.txt.gz, UTF-16,  true
            LF/UTF-16_LE_BOM.txt.gz, UTF-16,  true
            LF/UTF-8.txt.gz,        UTF-8,    true
            """)
    void everyEncodingFixtureYieldsTheSameLines(String name, String encoding, boolean gz) throws Exception {
        Path file = SharedData.alloy("components/loki/source/file/testdata/encoding").resolve(name);
        Decompression d = gz ? format(CompressionFormat.GZ) : Decompression.defaults();
        try (var run = new SourceRun(dir.resolve("data"), args(file, encoding, d))) {
            assertThat(receiver.awaitLines(SQL_LOG.size(), WAIT).subList(0, SQL_LOG.size())).isEqualTo(SQL_LOG);
        }
        assertThat(receiver.entries().getFirst().labels().get("filename")).isEqualTo(file.toString());
        assertThat(Files.exists(dir.resolve("data/positions.yml"))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            onelinelog.log.gz,  GZ
            onelinelog.log.bz2, BZ2
            """)
    void compressedFixturesAreReadWholeIncludingALastLineWithoutNewline(String name, CompressionFormat f) throws Exception {
        Path testdata = SharedData.alloy("components/loki/source/file/testdata");
        String expected = Files.readString(testdata.resolve("onelinelog.log"));
        try (var run = new SourceRun(dir.resolve("data"), args(testdata.resolve(name), "", format(f)))) {
            assertThat(receiver.awaitLines(1, WAIT)).containsExactly(expected);
        }
    }

    @Test
    void theLongGzipFixtureArrivesLineForLine() throws Exception {
        Path gz = SharedData.alloy("components/loki/source/file/testdata/long-access.gz");
        List<String> expected;
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(gz))) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        try (var run = new SourceRun(dir.resolve("data"), args(gz, "", format(CompressionFormat.GZ)))) {
            assertThat(receiver.awaitLines(expected.size(), WAIT)).isEqualTo(expected);
        }
    }

    private Path compressed(String name, CompressionFormat f, List<String> lines) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream raw = Files.newOutputStream(file);
                OutputStream out = switch (f) {
                    case GZ -> new GZIPOutputStream(raw);
                    case Z -> new DeflaterOutputStream(raw);
                    case BZ2 -> new BZip2CompressorOutputStream(raw);
                    case NONE -> raw;
                }) {
            for (String l : lines) {
                out.write((l + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return file;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"GZ", "Z", "BZ2"})
    void aRestartSkipsTheLinesAlreadyDeliveredCountedAsAlloyCountsThem(CompressionFormat f) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            lines.add("entry " + i);
        }
        Path file = compressed("app.log." + f.text(), f, lines);
        Path data = dir.resolve("data");
        try (var run = new SourceRun(data, args(file, "", format(f)))) {
            assertThat(receiver.awaitLines(5000, WAIT)).isEqualTo(lines);
        }
        assertThat(PositionsFile.read(data.resolve("positions.yml")))
                .containsEntry(new PositionKey(file.toString(), "{source=\"sql\"}"), "5000");
        // Pretend the first run stopped after 4000 lines.
        PositionsFile.write(data.resolve("positions.yml"),
                java.util.Map.of(new PositionKey(file.toString(), "{source=\"sql\"}"), "4000"));
        CollectingReceiver second = new CollectingReceiver();
        Arguments a = args(file, "", format(f));
        a = new Arguments(a.targets(), List.of(second), "", a.decompression(), a.fileWatch(), a.fileMatch(), false, "",
                a.onPositionsFileError());
        try (var run = new SourceRun(data, a)) {
            assertThat(second.awaitLines(1000, WAIT)).isEqualTo(lines.subList(4000, 5000));
        }
    }
}
