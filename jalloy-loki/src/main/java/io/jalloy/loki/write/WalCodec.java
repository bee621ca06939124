package io.jalloy.loki.write;

import io.jalloy.common.labels.Labels;
import io.jalloy.common.protobuf.ProtoWriter;
import io.jalloy.loki.api.LogEntry;
import io.jalloy.loki.internal.ProtoReader;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The WAL's record format: a frame of {@code [length:int32][crc32c:int32][payload]} holding one
 * appended batch, so a frame cut short by a crash (a torn tail) is recognised and discarded. The
 * payload is the entry count, then per entry its labels, timestamp, line and metadata.
 */
final class WalCodec {
    static final int HEADER = 8;

    private WalCodec() {}

    /** Appends one frame for {@code entries} to {@code out}. */
    static void writeFrame(ProtoWriter out, List<LogEntry> entries) {
        int header = out.reserve(HEADER);
        int start = out.size();
        out.varint(entries.size());
        for (LogEntry e : entries) {
            writeLabels(out, e.labels());
            out.fixed64(e.timestampNanos());
            out.string(e.line());
            writeLabels(out, e.structuredMetadata());
        }
        int length = out.size() - start;
        CRC32C crc = new CRC32C();
        crc.update(out.array(), start, length);
        out.putInt32BigEndian(header, length);
        out.putInt32BigEndian(header + 4, (int) crc.getValue());
    }

    private static void writeLabels(ProtoWriter out, Labels labels) {
        out.varint(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            out.string(labels.name(i));
            out.string(labels.value(i));
        }
    }

    /**
     * Reads frames from {@code data[0, size)} into {@code into}; returns the offset just past the
     * last intact frame (everything after it is a torn tail).
     */
    static int readFrames(byte[] data, int size, List<LogEntry> into) {
        int pos = 0;
        while (size - pos >= HEADER) {
            int length = getInt(data, pos);
            int crc = getInt(data, pos + 4);
            if (length <= 0 || length > size - pos - HEADER) {
                break;
            }
            CRC32C check = new CRC32C();
            check.update(data, pos + HEADER, length);
            if ((int) check.getValue() != crc) {
                break;
            }
            List<LogEntry> frame = new ArrayList<>();
            try {
                readPayload(new ProtoReader(data, pos + HEADER, pos + HEADER + length), frame);
            } catch (IllegalArgumentException e) {
                break;
            }
            into.addAll(frame);
            pos += HEADER + length;
        }
        return pos;
    }

    /**
     * Calls {@code visitor} with the offset and entry count of each frame in {@code data[0, size)},
     * which must hold intact frames only (as {@link #readFrames} found them).
     */
    static void forEachFrame(byte[] data, int size, FrameVisitor visitor) {
        int pos = 0;
        while (size - pos >= HEADER) {
            int length = getInt(data, pos);
            long count = new ProtoReader(data, pos + HEADER, pos + HEADER + length).varint();
            visitor.frame(pos, (int) count);
            pos += HEADER + length;
        }
    }

    /** Sees one frame: where it starts and how many entries it holds. */
    @FunctionalInterface
    interface FrameVisitor {
        void frame(long offset, int entries);
    }

    private static void readPayload(ProtoReader in, List<LogEntry> into) {
        long count = in.varint();
        Labels.Builder scratch = new Labels.Builder();
        for (long i = 0; i < count; i++) {
            Labels labels = readLabels(in, scratch);
            long ts = in.fixed64();
            String line = in.string();
            Labels md = readLabels(in, scratch);
            into.add(new LogEntry(labels, ts, line, md));
        }
    }

    private static Labels readLabels(ProtoReader in, Labels.Builder scratch) {
        long n = in.varint();
        if (n == 0) {
            return Labels.EMPTY;
        }
        scratch.reset(Labels.EMPTY);
        for (long i = 0; i < n; i++) {
            scratch.set(in.string(), in.string());
        }
        return scratch.build();
    }

    private static int getInt(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }
}
