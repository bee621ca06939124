package io.jalloy.prometheus.internal.exposition;

/**
 * A cursor over one protobuf message within a byte array: just enough wire-format decoding
 * (varints, fixed64, length-delimited fields) to read MetricFamily without generated code. Parsers
 * keep one instance per nesting level and re-point it, so decoding allocates nothing. On malformed
 * input {@link #error} is set and every read returns zero.
 */
final class ProtoReader {
    static final int VARINT = 0;
    static final int FIXED64 = 1;
    static final int LEN = 2;
    static final int FIXED32 = 5;

    byte[] b;
    int pos;
    int limit;
    /** Start of the payload of the last length-delimited field read. */
    int fieldStart;
    String error;
    /** Where nested readers report, so a malformed inner message fails the whole parse. */
    private final ProtoReader root;
    private int errorAt;

    ProtoReader() {
        this.root = null;
    }

    ProtoReader(ProtoReader root) {
        this.root = root;
    }

    ProtoReader at(byte[] b, int from, int to) {
        this.b = b;
        this.pos = from;
        this.limit = to;
        this.error = null;
        return this;
    }

    ProtoReader within(ProtoReader outer) {
        return at(outer.b, outer.fieldStart, outer.pos);
    }

    boolean more() {
        return error == null && pos < limit;
    }

    /** Reads a field key; the field number is {@code tag >>> 3} and the wire type {@code tag & 7}. */
    int tag() {
        return (int) varint();
    }

    long varint() {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos >= limit) {
                return fail("unexpected EOF");
            }
            byte c = b[pos++];
            v |= (long) (c & 0x7F) << shift;
            if (c >= 0) {
                return v;
            }
        }
        return fail("invalid varint");
    }

    long zigzag() {
        long v = varint();
        return (v >>> 1) ^ -(v & 1);
    }

    double fixed64() {
        if (pos + 8 > limit) {
            return fail("unexpected EOF");
        }
        long v = 0;
        for (int k = 7; k >= 0; k--) {
            v = (v << 8) | (b[pos + k] & 0xFF);
        }
        pos += 8;
        return Double.longBitsToDouble(v);
    }

    /** Reads a length prefix and positions {@link #fieldStart}; {@link #pos} moves past the payload. */
    int lengthDelimited() {
        long n = varint();
        if (n < 0 || n > limit - pos) {
            fail("unexpected EOF");
            return 0;
        }
        fieldStart = pos;
        pos += (int) n;
        return (int) n;
    }

    /** Skips a field of the given wire type (for fields this decoder does not need). */
    void skip(int wireType) {
        switch (wireType) {
            case VARINT -> varint();
            case FIXED64 -> {
                if (pos + 8 > limit) {
                    fail("unexpected EOF");
                } else {
                    pos += 8;
                }
            }
            case LEN -> lengthDelimited();
            case FIXED32 -> {
                if (pos + 4 > limit) {
                    fail("unexpected EOF");
                } else {
                    pos += 4;
                }
            }
            default -> fail("proto: illegal wireType " + wireType);
        }
    }

    private long fail(String message) {
        if (error == null) {
            error = message;
            errorAt = pos;
        }
        if (root != null && root.error == null) {
            root.error = message;
            root.errorAt = pos;
        }
        pos = limit;
        return 0;
    }

    /** Byte offset where the first error was seen. */
    int errorAt() {
        return errorAt;
    }

    /** Clears a root reader's error state before a new parse. */
    void clearError() {
        error = null;
    }

    /** Reads a {@code google.protobuf.Timestamp} at the last length-delimited field, in ms. */
    static long timestampMs(ProtoReader r) {
        long seconds = 0;
        long nanos = 0;
        while (r.more()) {
            int tag = r.tag();
            switch (tag) {
                case (1 << 3) | VARINT -> seconds = r.varint();
                case (2 << 3) | VARINT -> nanos = (int) r.varint();
                default -> r.skip(tag & 7);
            }
        }
        return seconds * 1000 + nanos / 1_000_000;
    }
}
