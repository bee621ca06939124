package io.jalloy.common.protobuf;

import java.util.Arrays;

/**
 * A growable byte buffer that writes protobuf wire format directly (Loki push requests, Prometheus
 * remote-write requests, WAL frames). Nested messages are written in place behind a one-byte length
 * slot that {@link #endMessage} widens only when the body reaches 128 bytes; strings are measured
 * then encoded to UTF-8 straight into the buffer, so encoding allocates nothing once the buffer has
 * grown to its working size. Confined to one thread; reused through {@link #reset}.
 */
public final class ProtoWriter {
    /** Wire type of varint fields (int32/64, uint32/64, sint32/64, bool, enum). */
    public static final int WIRE_VARINT = 0;
    /** Wire type of 64-bit fields (fixed64, sfixed64, double). */
    public static final int WIRE_FIXED64 = 1;
    /** Wire type of length-delimited fields (string, bytes, messages, packed repeated). */
    public static final int WIRE_LEN = 2;

    private byte[] buf;
    private int pos;

    /** A writer with room for {@code initialCapacity} bytes before it first grows. */
    public ProtoWriter(int initialCapacity) {
        buf = new byte[Math.max(16, initialCapacity)];
    }

    /** Forgets the content, keeping the storage. */
    public void reset() {
        pos = 0;
    }

    /** How many bytes were written. */
    public int size() {
        return pos;
    }

    /** The backing array, valid up to {@link #size}; replaced when the writer grows. */
    public byte[] array() {
        return buf;
    }

    /** A copy of the content. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, pos);
    }

    private void ensure(int more) {
        if (pos + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + more));
        }
    }

    // ---- raw wire primitives (no field key) ----

    /** Writes a field key. */
    public void tag(int field, int wireType) {
        varint(((long) field << 3) | wireType);
    }

    /** Writes {@code v} as an unsigned varint (negative values take ten bytes, as in Go). */
    public void varint(long v) {
        ensure(10);
        pos = putVarint(buf, pos, v);
    }

    /** Writes a fixed 64-bit little-endian value. */
    public void fixed64(long v) {
        ensure(8);
        for (int i = 0; i < 8; i++) {
            buf[pos++] = (byte) (v >>> (8 * i));
        }
    }

    /** Copies {@code len} bytes of {@code b} from {@code off} verbatim (e.g. pre-encoded fields). */
    public void rawBytes(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, buf, pos, len);
        pos += len;
    }

    /** Writes a length-prefixed UTF-8 string without a field key. */
    public void string(String s) {
        int length = Utf8.encodedLength(s);
        ensure(10 + length);
        pos = putVarint(buf, pos, length);
        pos = Utf8.encode(s, buf, pos);
    }

    /** Reserves {@code n} bytes to fill in later (frame headers, read buffers); returns their offset. */
    public int reserve(int n) {
        ensure(n);
        int at = pos;
        pos += n;
        return at;
    }

    /** Overwrites the four bytes at {@code at} with {@code v}, big-endian (non-protobuf frame headers). */
    public void putInt32BigEndian(int at, int v) {
        buf[at] = (byte) (v >>> 24);
        buf[at + 1] = (byte) (v >>> 16);
        buf[at + 2] = (byte) (v >>> 8);
        buf[at + 3] = (byte) v;
    }

    // ---- fields, always written ----

    /** Writes a varint field (int64, uint64, enum, bool as 0/1). */
    public void varintField(int field, long v) {
        tag(field, WIRE_VARINT);
        varint(v);
    }

    /** Writes a zigzag-encoded sint32 field. */
    public void sint32Field(int field, int v) {
        varintField(field, ((v << 1) ^ (v >> 31)) & 0xFFFFFFFFL);
    }

    /** Writes a zigzag-encoded sint64 field. */
    public void sint64Field(int field, long v) {
        varintField(field, (v << 1) ^ (v >> 63));
    }

    /** Writes a double field (its raw IEEE bits, so NaN payloads such as stale markers survive). */
    public void doubleField(int field, double v) {
        tag(field, WIRE_FIXED64);
        fixed64(Double.doubleToRawLongBits(v));
    }

    /** Writes a bytes field (or a pre-encoded message body). */
    public void bytesField(int field, byte[] b) {
        tag(field, WIRE_LEN);
        varint(b.length);
        rawBytes(b, 0, b.length);
    }

    /** Writes a UTF-8 string field. */
    public void stringField(int field, String s) {
        tag(field, WIRE_LEN);
        string(s);
    }

    /** Writes a packed repeated double field; an empty array writes nothing, as proto3 does. */
    public void packedDoublesField(int field, double[] values) {
        if (values.length == 0) {
            return;
        }
        tag(field, WIRE_LEN);
        varint(values.length * 8L);
        ensure(values.length * 8);
        for (double v : values) {
            fixed64(Double.doubleToRawLongBits(v));
        }
    }

    // ---- proto3 defaults: fields skipped when they hold their zero value ----

    /** Writes a varint field unless {@code v} is zero, which proto3 leaves out. */
    public void varintFieldUnlessZero(int field, long v) {
        if (v != 0) {
            varintField(field, v);
        }
    }

    /** Writes a string field unless {@code s} is empty, which proto3 leaves out. */
    public void stringFieldUnlessEmpty(int field, String s) {
        if (!s.isEmpty()) {
            stringField(field, s);
        }
    }

    // ---- nested messages ----

    /** Starts a length-delimited field {@code field}; pass the result to {@link #endMessage}. */
    public int beginMessage(int field) {
        tag(field, WIRE_LEN);
        ensure(1);
        pos++; // one byte reserved for the length, widened in endMessage() when needed
        return pos;
    }

    /** Ends the field {@link #beginMessage} started, writing its length as a canonical varint. */
    public void endMessage(int start) {
        int length = pos - start;
        int lengthSize = varintSize(length);
        if (lengthSize > 1) {
            ensure(lengthSize - 1);
            System.arraycopy(buf, start, buf, start + lengthSize - 1, length);
            pos += lengthSize - 1;
        }
        putVarint(buf, start - 1, length);
    }

    /** How many bytes {@code v} takes as a varint. */
    /** How many bytes the varint encoding of {@code v} takes. */
    public static int varintSize(long v) {
        return v == 0 ? 1 : (63 - Long.numberOfLeadingZeros(v)) / 7 + 1;
    }

    /** Writes {@code v} as a varint into {@code b} at {@code p}; returns the offset after it. */
    public static int putVarint(byte[] b, int p, long v) {
        while ((v & ~0x7FL) != 0) {
            b[p++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        b[p++] = (byte) v;
        return p;
    }
}
