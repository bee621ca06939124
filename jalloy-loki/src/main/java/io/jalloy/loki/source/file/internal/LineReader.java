package io.jalloy.loki.source.file.internal;

import io.jalloy.common.labels.Labels;
import io.jalloy.loki.api.LogEntry;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ReadableByteChannel;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a byte stream into lines: reads large chunks into one reused buffer, finds newlines
 * eight bytes at a time (UTF-8) or unit by unit (other charsets), and decodes each complete line
 * once into a {@link LogEntry}. A partial line waits in the buffer for its newline; the buffer
 * grows only for a line longer than itself. Positions are stream offsets just past the last line
 * handed out. One instance per reader thread; not thread-safe.
 */
public final class LineReader {
    /** The default read size: large enough that a read costs little per line. */
    public static final int DEFAULT_BUFFER = 256 * 1024;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

    private TextEncoding encoding;
    private byte[] newline;
    private boolean fast;
    private byte[] buf;
    private ByteBuffer view;
    private int start; // first byte not yet handed out
    private int end; // end of data
    private int scan; // where the newline search resumes
    private long startOffset; // stream offset of buf[start]
    private long lastTimestamp;

    public LineReader(TextEncoding encoding, int bufferSize) {
        this.buf = new byte[bufferSize];
        this.view = ByteBuffer.wrap(buf);
        setEncoding(encoding);
    }

    /** Switches the charset, for a byte-order mark found at the start of a stream. */
    public void setEncoding(TextEncoding encoding) {
        this.encoding = encoding;
        this.newline = encoding.newline();
        this.fast = encoding.isUtf8();
    }

    public TextEncoding encoding() {
        return encoding;
    }

    /** Forgets buffered bytes; the next byte read is at stream offset {@code offset}. */
    public void reset(long offset) {
        start = 0;
        end = 0;
        scan = 0;
        startOffset = offset;
    }

    /** The stream offset just past the last line handed out. */
    public long offset() {
        return startOffset;
    }

    /** Bytes buffered after the last line handed out (an incomplete line). */
    public int pending() {
        return end - start;
    }

    /** The buffered bytes from the start of the buffer, for byte-order-mark detection. */
    byte[] head() {
        return buf;
    }

    /** Drops {@code n} buffered bytes at the front (a byte-order mark) and counts them as read. */
    public void skip(int n) {
        start += n;
        scan = Math.max(scan, start);
        startOffset += n;
    }

    /** Reads once from {@code ch} into free space; returns the byte count, -1 at end of stream. */
    public int fill(ReadableByteChannel ch) throws IOException {
        makeRoom();
        view.limit(buf.length).position(end);
        int n = ch.read(view);
        if (n > 0) {
            end += n;
        }
        return n;
    }

    /** Reads once from {@code in} into free space; returns the byte count, -1 at end of stream. */
    public int fill(InputStream in) throws IOException {
        makeRoom();
        int n = in.read(buf, end, buf.length - end);
        if (n > 0) {
            end += n;
        }
        return n;
    }

    /** The free space a fill may use, after compaction. */
    public int room() {
        return buf.length - end + start;
    }

    private void makeRoom() {
        if (start > 0) {
            int len = end - start;
            System.arraycopy(buf, start, buf, 0, len);
            scan -= start;
            start = 0;
            end = len;
        }
        if (end == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
            view = ByteBuffer.wrap(buf);
        }
    }

    /**
     * Appends up to {@code max} complete lines to {@code batch} as entries with {@code labels},
     * timestamped from {@code nowNanos} and kept strictly increasing. Returns how many.
     */
    public int drain(List<LogEntry> batch, int max, Labels labels, long nowNanos) {
        byte[] b = buf;
        int s = start;
        int e = end;
        int from = scan;
        long ts = lastTimestamp;
        int n = 0;
        while (n < max) {
            int nl = fast ? indexOfNewline(b, from, e) : indexOfSequence(b, s, from, e);
            if (nl < 0) {
                from = e;
                break;
            }
            ts = Math.max(nowNanos, ts + 1);
            batch.add(new LogEntry(labels, ts, encoding.decode(b, s, nl), Labels.EMPTY));
            s = nl + newline.length;
            from = s;
            n++;
        }
        startOffset += s - start;
        start = s;
        scan = Math.max(from, s);
        lastTimestamp = ts;
        return n;
    }

    /** Passes over up to {@code max} complete lines without decoding them; returns how many. */
    public long skipLines(long max) {
        long n = 0;
        while (n < max) {
            int nl = fast ? indexOfNewline(buf, scan, end) : indexOfSequence(buf, start, scan, end);
            if (nl < 0) {
                scan = end;
                break;
            }
            int s = nl + newline.length;
            startOffset += s - start;
            start = s;
            scan = s;
            n++;
        }
        return n;
    }

    /** The incomplete line left at the end of a finished stream, or null when there is none. */
    public String takePartial() {
        if (end == start) {
            return null;
        }
        String line = encoding.decode(buf, start, end);
        startOffset += end - start;
        start = end;
        scan = end;
        return line;
    }

    /** The next timestamp for a line decoded outside {@link #drain}, kept increasing. */
    public long nextTimestamp(long nowNanos) {
        lastTimestamp = Math.max(nowNanos, lastTimestamp + 1);
        return lastTimestamp;
    }

    /** The first {@code '\n'} in {@code [from, to)}: eight bytes per step (SWAR), then byte by byte. */
    static int indexOfNewline(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(b, i) ^ NEWLINES;
            long t = (x - ONES) & ~x & HIGHS;
            if (t != 0) {
                return i + (Long.numberOfTrailingZeros(t) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The first multi-byte newline at a code-unit boundary counted from {@code lineStart}. */
    private int indexOfSequence(byte[] b, int lineStart, int from, int to) {
        byte[] nl = newline;
        int unit = nl.length;
        int i = from - Math.floorMod(from - lineStart, unit);
        if (i < lineStart) {
            i = lineStart;
        }
        for (; i + unit <= to; i += unit) {
            if (b[i] == nl[0] && (unit == 1 || Arrays.equals(b, i, i + unit, nl, 0, unit))) {
                return i;
            }
        }
        return -1;
    }
}
