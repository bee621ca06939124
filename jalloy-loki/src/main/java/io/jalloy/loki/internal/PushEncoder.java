package io.jalloy.loki.internal;

import io.jalloy.common.labels.Labels;
import io.jalloy.common.protobuf.ProtoWriter;
import io.jalloy.loki.api.LogEntry;
import java.util.Arrays;
import java.util.Collection;

/**
 * Encodes push requests as Loki receives them: the protobuf {@code logproto.PushRequest} written
 * straight from the streams into a reused buffer, then snappy block-compressed into another. One
 * encoder per sending thread; the returned body is valid until the next call.
 */
public final class PushEncoder {
    // Field numbers from Loki's push.proto.
    private static final int REQUEST_STREAMS = 1;
    private static final int STREAM_LABELS = 1;
    private static final int STREAM_ENTRIES = 2;
    private static final int ENTRY_TIMESTAMP = 1;
    private static final int ENTRY_LINE = 2;
    private static final int ENTRY_METADATA = 3;
    private static final int TIMESTAMP_SECONDS = 1;
    private static final int TIMESTAMP_NANOS = 2;
    private static final int PAIR_NAME = 1;
    private static final int PAIR_VALUE = 2;

    private final ProtoWriter proto = new ProtoWriter(64 * 1024);
    private final Snappy snappy = new Snappy();
    private byte[] compressed = new byte[64 * 1024];
    private int compressedSize;

    /** Writes the uncompressed protobuf request for {@code streams} and returns its size. */
    public int encodeProto(Collection<PushStream> streams) {
        proto.reset();
        for (PushStream stream : streams) {
            stream.sortByTime();
            int s = proto.beginMessage(REQUEST_STREAMS);
            proto.stringFieldUnlessEmpty(STREAM_LABELS, stream.labels());
            for (LogEntry e : stream.entries()) {
                int m = proto.beginMessage(STREAM_ENTRIES);
                writeEntry(e);
                proto.endMessage(m);
            }
            proto.endMessage(s);
        }
        return proto.size();
    }

    private void writeEntry(LogEntry e) {
        long nanos = e.timestampNanos();
        int t = proto.beginMessage(ENTRY_TIMESTAMP);
        proto.varintFieldUnlessZero(TIMESTAMP_SECONDS, Math.floorDiv(nanos, 1_000_000_000L));
        proto.varintFieldUnlessZero(TIMESTAMP_NANOS, Math.floorMod(nanos, 1_000_000_000L));
        proto.endMessage(t);
        proto.stringFieldUnlessEmpty(ENTRY_LINE, e.line());
        Labels md = e.structuredMetadata();
        for (int i = 0; i < md.size(); i++) {
            int p = proto.beginMessage(ENTRY_METADATA);
            proto.stringFieldUnlessEmpty(PAIR_NAME, md.name(i));
            proto.stringFieldUnlessEmpty(PAIR_VALUE, md.value(i));
            proto.endMessage(p);
        }
    }

    /** The protobuf bytes of the last {@link #encodeProto} (a copy, for tests and the WAL). */
    public byte[] protoBytes() {
        return proto.toByteArray();
    }

    /** Encodes and compresses {@code streams}; the body is {@link #body()} up to the returned size. */
    public int encode(Collection<PushStream> streams) {
        int size = encodeProto(streams);
        int max = Snappy.maxCompressedLength(size);
        if (compressed.length < max) {
            compressed = new byte[Math.max(max, compressed.length * 2)];
        }
        compressedSize = snappy.compress(proto.array(), size, compressed);
        return compressedSize;
    }

    /** The compressed body of the last {@link #encode}, valid up to its returned size. */
    public byte[] body() {
        return compressed;
    }

    /** A copy of the compressed body of the last {@link #encode}. */
    public byte[] bodyCopy() {
        return Arrays.copyOf(compressed, compressedSize);
    }
}
