package io.jalloy.prometheus.internal.remotewrite;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer that writes protobuf wire format. Reused across requests by one thread;
 * nested messages are written in place and their length prefix is fixed up afterwards, so encoding
 * allocates nothing once the buffer has grown to its working size.
 */
public final class ProtoBuffer {
    private byte[] buf;
    private int len;

    public ProtoBuffer(int initialCapacity) {
        buf = new byte[Math.max(16, initialCapacity)];
    }

    public void reset() {
        len = 0;
    }

    public int length() {
        return len;
    }

    /** The backing array; valid up to {@link #length}. */
    public byte[] array() {
        return buf;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }

    private void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }
    }

    public void tag(int field, int wireType) {
        varint(((long) field << 3) | wireType);
    }

    public void varint(long v) {
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            buf[len++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[len++] = (byte) v;
    }

    public void fixed64(long v) {
        ensure(8);
        for (int i = 0; i < 8; i++) {
            buf[len++] = (byte) (v >>> (8 * i));
        }
    }

    public void raw(byte[] b, int off, int n) {
        ensure(n);
        System.arraycopy(b, off, buf, len, n);
        len += n;
    }

    public void doubleField(int field, double v) {
        tag(field, 1);
        fixed64(Double.doubleToRawLongBits(v));
    }

    public void varintField(int field, long v) {
        tag(field, 0);
        varint(v);
    }

    public void sint64Field(int field, long v) {
        varintField(field, (v << 1) ^ (v >> 63));
    }

    public void bytesField(int field, byte[] b) {
        tag(field, 2);
        varint(b.length);
        raw(b, 0, b.length);
    }

    public void stringField(int field, String s) {
        bytesField(field, s.getBytes(StandardCharsets.UTF_8));
    }

    /** Starts a length-delimited field; pass the result to {@link #end}. */
    public int begin(int field) {
        tag(field, 2);
        ensure(1);
        len++; // one byte reserved for the length, widened in end() when needed
        return len;
    }

    /** Ends the field {@link #begin} started, writing its length as a canonical varint. */
    public void end(int start) {
        int n = len - start;
        int size = varintSize(n);
        if (size > 1) {
            ensure(size - 1);
            System.arraycopy(buf, start, buf, start + size - 1, n);
            len += size - 1;
        }
        int p = start - 1;
        long v = n;
        while ((v & ~0x7FL) != 0) {
            buf[p++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[p] = (byte) v;
    }

    static int varintSize(long v) {
        int n = 1;
        while ((v & ~0x7FL) != 0) {
            v >>>= 7;
            n++;
        }
        return n;
    }
}
