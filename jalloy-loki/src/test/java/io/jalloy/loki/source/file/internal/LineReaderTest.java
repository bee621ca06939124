package io.jalloy.loki.source.file.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.labels.Labels;
import io.jalloy.loki.api.LogEntry;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineReaderTest {
    private static final Labels LABELS = Labels.of("filename", "/x");

    /** Feeds {@code data} a few bytes at a time, as a file that grows while being read. */
    private static List<String> readInPieces(byte[] data, TextEncoding enc, int bufferSize, int piece) throws Exception {
        LineReader r = new LineReader(enc, bufferSize);
        List<LogEntry> batch = new ArrayList<>();
        InputStream in = new ByteArrayInputStream(data) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, piece));
            }
        };
        while (r.fill(in) >= 0) {
            r.drain(batch, Integer.MAX_VALUE, LABELS, 0);
        }
        return batch.stream().map(LogEntry::line).toList();
    }

    @Test
    void linesSplitAcrossReadsComeOutWholeWithCarriageReturnsStripped() throws Exception {
        byte[] data = "alpha\r\nbeta\n\ngamma delta\nrest".getBytes(StandardCharsets.UTF_8);
        for (int piece = 1; piece < data.length; piece++) {
            assertThat(readInPieces(data, TextEncoding.UTF_8, 8, piece)).as("piece %d", piece)
                    .containsExactly("alpha", "beta", "", "gamma delta");
        }
    }

    @Test
    void aLineLongerThanTheBufferGrowsIt() throws Exception {
        String longLine = "x".repeat(10_000);
        byte[] data = (longLine + "\nshort\n").getBytes(StandardCharsets.UTF_8);
        assertThat(readInPieces(data, TextEncoding.UTF_8, 16, 1000)).containsExactly(longLine, "short");
    }

    @Test
    void utf16NewlinesAreFoundOnlyAtCodeUnitBoundaries() throws Exception {
        // U+0A00 encodes as 00 0A in UTF-16LE: the 0A byte must not end the line.
        String text = "a\u0A00b\r\nsecond\n";
        byte[] data = text.getBytes(StandardCharsets.UTF_16LE);
        for (int piece = 1; piece <= 5; piece++) {
            assertThat(readInPieces(data, TextEncoding.forName("UTF-16LE"), 8, piece)).containsExactly("a\u0A00b", "second");
        }
    }

    @Test
    void multiByteUtf8IsDecodedPerLine() throws Exception {
        byte[] data = "grüße\n日本語\n".getBytes(StandardCharsets.UTF_8);
        assertThat(readInPieces(data, TextEncoding.UTF_8, 4, 1)).containsExactly("grüße", "日本語");
    }

    @Test
    void theWordAtATimeSearchAgreesWithAByteLoop() {
        Random random = new Random(42);
        byte[] b = new byte[4096];
        for (int round = 0; round < 2000; round++) {
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) (random.nextInt(64) == 0 ? '\n' : random.nextInt(256));
            }
            int from = random.nextInt(100);
            int to = from + random.nextInt(b.length - from);
            int expected = -1;
            for (int i = from; i < to; i++) {
                if (b[i] == '\n') {
                    expected = i;
                    break;
                }
            }
            assertThat(LineReader.indexOfNewline(b, from, to)).isEqualTo(expected);
        }
    }

    @Test
    void offsetsCountTheBytesOfHandedOutLinesOnly() throws Exception {
        LineReader r = new LineReader(TextEncoding.UTF_8, 64);
        r.reset(100);
        r.fill(new ByteArrayInputStream("ab\ncd\nef".getBytes(StandardCharsets.UTF_8)));
        List<LogEntry> batch = new ArrayList<>();
        assertThat(r.drain(batch, 1, LABELS, 0)).isEqualTo(1);
        assertThat(r.offset()).isEqualTo(103);
        r.drain(batch, 10, LABELS, 0);
        assertThat(r.offset()).isEqualTo(106);
        assertThat(r.pending()).isEqualTo(2);
        assertThat(r.takePartial()).isEqualTo("ef");
        assertThat(r.offset()).isEqualTo(108);
    }

    @Test
    void timestampsStrictlyIncreaseEvenWithinOneClockReading() throws Exception {
        LineReader r = new LineReader(TextEncoding.UTF_8, 64);
        r.fill(new ByteArrayInputStream("a\nb\nc\n".getBytes(StandardCharsets.UTF_8)));
        List<LogEntry> batch = new ArrayList<>();
        r.drain(batch, 10, LABELS, 1000);
        assertThat(batch).extracting(LogEntry::timestampNanos).containsExactly(1000L, 1001L, 1002L);
    }
}
