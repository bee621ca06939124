package io.jalloy.loki.internal;

import java.nio.charset.StandardCharsets;

/**
 * Reads protobuf wire format (and the WAL's records) from a byte array without copying. Methods
 * throw {@link IllegalArgumentException} on malformed input; callers turn that into a 400 or a
 * truncated WAL segment.
 */
public final class ProtoReader {
    private final byte[] buf;
    private int pos;
    private final int limit;

    /** Reads {@code buf[from, to)}. */
    public ProtoReader(byte[] buf, int from, int to) {
        this.buf = buf;
        this.pos = from;
        this.limit = to;
    }

    /** Whether input is left. */
    public boolean more() {
        return pos < limit;
    }

    /** An unsigned varint. */
    public long varint() {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos >= limit) {
                throw new IllegalArgumentException("truncated varint");
            }
            byte b = buf[pos++];
            v |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return v;
            }
        }
        throw new IllegalArgumentException("malformed varint");
    }

    /** A field key: field number times 8 plus wire type. */
    public int tag() {
        return (int) varint();
    }

    /** A nested reader over a length-delimited field. */
    public ProtoReader message() {
        int len = length();
        ProtoReader r = new ProtoReader(buf, pos, pos + len);
        pos += len;
        return r;
    }

    /** A length-prefixed UTF-8 string. */
    public String string() {
        int len = length();
        String s = new String(buf, pos, len, StandardCharsets.UTF_8);
        pos += len;
        return s;
    }

    /** A fixed 64-bit little-endian value. */
    public long fixed64() {
        if (limit - pos < 8) {
            throw new IllegalArgumentException("truncated fixed64");
        }
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v |= (long) (buf[pos++] & 0xFF) << (8 * i);
        }
        return v;
    }

    /** Skips a field of {@code wireType}. */
    public void skip(int wireType) {
        switch (wireType) {
            case 0 -> varint();
            case 1 -> advance(8);
            case 2 -> advance(length());
            case 5 -> advance(4);
            default -> throw new IllegalArgumentException("unsupported wire type " + wireType);
        }
    }

    private void advance(int n) {
        if (limit - pos < n) {
            throw new IllegalArgumentException("truncated field");
        }
        pos += n;
    }

    private int length() {
        long len = varint();
        if (len < 0 || len > limit - pos) {
            throw new IllegalArgumentException("length " + len + " past the end of the message");
        }
        return (int) len;
    }
}
