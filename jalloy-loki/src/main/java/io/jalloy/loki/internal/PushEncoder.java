package io.jalloy.loki.internal;

import io.jalloy.common.compress.SnappyBlock;
import io.jalloy.common.labels.Labels;
import io.jalloy.common.protobuf.ProtoWriter;
import io.jalloy.loki.api.LogEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Encodes push requests as Loki receives them: the protobuf {@code logproto.PushRequest} written
 * straight from the streams into a reused buffer, then snappy block-compressed into another. Each
 * stream is measured first (every line turned into UTF-8 once and kept for the write), so every
 * length prefix is written in place and nothing is shifted afterwards. One encoder per sending
 * thread; the returned body is valid until the next call.
 */
public final class PushEncoder {
    // Field keys from Loki's push.proto: (field number << 3) | wire type.
    private static final byte REQUEST_STREAMS = 1 << 3 | 2;
    private static final byte STREAM_LABELS = 1 << 3 | 2;
    private static final byte STREAM_ENTRIES = 2 << 3 | 2;
    private static final byte ENTRY_TIMESTAMP = 1 << 3 | 2;
    private static final byte ENTRY_LINE = 2 << 3 | 2;
    private static final byte ENTRY_METADATA = 3 << 3 | 2;
    private static final byte TIMESTAMP_SECONDS = 1 << 3;
    private static final byte TIMESTAMP_NANOS = 2 << 3;
    private static final byte PAIR_NAME = 1 << 3 | 2;
    private static final byte PAIR_VALUE = 2 << 3 | 2;

    private final SnappyBlock snappy = new SnappyBlock();
    private byte[] buf = new byte[64 * 1024];
    private int pos;
    private byte[][] lines = new byte[256][];
    private int[] sizes = new int[256];
    private byte[] labelsBytes = new byte[0];
    private String labelsFor;

    /** Writes the uncompressed protobuf request for {@code streams} and returns its size. */
    public int encodeProto(Collection<PushStream> streams) {
        pos = 0;
        for (PushStream stream : streams) {
            stream.sortByTime();
            writeStream(stream);
        }
        Arrays.fill(lines, null); // no references kept to the batch's lines
        return pos;
    }

    private void writeStream(PushStream stream) {
        List<LogEntry> entries = stream.entries();
        int n = entries.size();
        if (lines.length < n) {
            lines = new byte[Math.max(n, lines.length * 2)][];
            sizes = new int[lines.length];
        }
        byte[] labels = labelsOf(stream.labels());
        long body = labels.length == 0 ? 0 : 1 + varintSize(labels.length) + labels.length;
        for (int i = 0; i < n; i++) {
            LogEntry e = entries.get(i);
            byte[] line = stream.utf8Line(i);
            if (line == null) {
                line = e.line().getBytes(StandardCharsets.UTF_8);
            }
            lines[i] = line;
            int size = entrySize(e, line.length);
            sizes[i] = size;
            body += 1 + varintSize(size) + size;
        }
        ensure(1 + 10 + body);
        byte[] b = buf;
        int p = pos;
        b[p++] = REQUEST_STREAMS;
        p = putVarint(b, p, body);
        if (labels.length > 0) {
            b[p++] = STREAM_LABELS;
            p = putVarint(b, p, labels.length);
            System.arraycopy(labels, 0, b, p, labels.length);
            p += labels.length;
        }
        for (int i = 0; i < n; i++) {
            LogEntry e = entries.get(i);
            b[p++] = STREAM_ENTRIES;
            p = putVarint(b, p, sizes[i]);
            p = writeEntry(b, p, e, lines[i]);
        }
        pos = p;
    }

    private byte[] labelsOf(String labels) {
        if (!labels.equals(labelsFor)) {
            labelsBytes = labels.getBytes(StandardCharsets.UTF_8);
            labelsFor = labels;
        }
        return labelsBytes;
    }

    /** The size of an entry message (without its key and length). */
    private static int entrySize(LogEntry e, int lineBytes) {
        int ts = timestampSize(e.timestampNanos());
        int size = 1 + varintSize(ts) + ts;
        if (lineBytes > 0) {
            size += 1 + varintSize(lineBytes) + lineBytes;
        }
        Labels md = e.structuredMetadata();
        for (int i = 0; i < md.size(); i++) {
            int pair = pairSize(md.name(i), md.value(i));
            size += 1 + varintSize(pair) + pair;
        }
        return size;
    }

    private static int timestampSize(long nanos) {
        long seconds = Math.floorDiv(nanos, 1_000_000_000L);
        long fraction = Math.floorMod(nanos, 1_000_000_000L);
        return (seconds == 0 ? 0 : 1 + varintSize(seconds)) + (fraction == 0 ? 0 : 1 + varintSize(fraction));
    }

    private static int pairSize(String name, String value) {
        int n = utf8Length(name);
        int v = utf8Length(value);
        return (n == 0 ? 0 : 1 + varintSize(n) + n) + (v == 0 ? 0 : 1 + varintSize(v) + v);
    }

    private static int writeEntry(byte[] b, int p, LogEntry e, byte[] line) {
        long nanos = e.timestampNanos();
        long seconds = Math.floorDiv(nanos, 1_000_000_000L);
        long fraction = Math.floorMod(nanos, 1_000_000_000L);
        b[p++] = ENTRY_TIMESTAMP;
        p = putVarint(b, p, timestampSize(nanos));
        if (seconds != 0) {
            b[p++] = TIMESTAMP_SECONDS;
            p = putVarint(b, p, seconds);
        }
        if (fraction != 0) {
            b[p++] = TIMESTAMP_NANOS;
            p = putVarint(b, p, fraction);
        }
        if (line.length > 0) {
            b[p++] = ENTRY_LINE;
            p = putVarint(b, p, line.length);
            System.arraycopy(line, 0, b, p, line.length);
            p += line.length;
        }
        Labels md = e.structuredMetadata();
        for (int i = 0; i < md.size(); i++) {
            b[p++] = ENTRY_METADATA;
            p = putVarint(b, p, pairSize(md.name(i), md.value(i)));
            p = putString(b, p, PAIR_NAME, md.name(i));
            p = putString(b, p, PAIR_VALUE, md.value(i));
        }
        return p;
    }

    private static int putString(byte[] b, int p, byte key, String s) {
        if (s.isEmpty()) {
            return p;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        b[p++] = key;
        p = putVarint(b, p, bytes.length);
        System.arraycopy(bytes, 0, b, p, bytes.length);
        return p + bytes.length;
    }

    private static int utf8Length(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                return s.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return n;
    }

    private void ensure(long more) {
        if (pos + more > buf.length) {
            buf = Arrays.copyOf(buf, (int) Math.max(buf.length * 2L, pos + more));
        }
    }

    static int varintSize(long v) {
        return ProtoWriter.varintSize(v);
    }

    private static int putVarint(byte[] b, int p, long v) {
        return ProtoWriter.putVarint(b, p, v);
    }

    /** The protobuf bytes of the last {@link #encodeProto} (a copy, for tests and the WAL). */
    public byte[] protoBytes() {
        return Arrays.copyOf(buf, pos);
    }

    /** Encodes and compresses {@code streams}; the body is {@link #body()} up to the returned size. */
    public int encode(Collection<PushStream> streams) {
        int size = encodeProto(streams);
        try {
            snappy.compress(buf, size);
        } catch (IOException e) {
            throw new UncheckedIOException("snappy compression failed", e);
        }
        return snappy.length();
    }

    /** The compressed body of the last {@link #encode}, valid up to its returned size. */
    public byte[] body() {
        return snappy.output();
    }

    /** A copy of the compressed body of the last {@link #encode}. */
    public byte[] bodyCopy() {
        return Arrays.copyOf(snappy.output(), snappy.length());
    }
}
