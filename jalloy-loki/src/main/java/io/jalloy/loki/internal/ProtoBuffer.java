package io.jalloy.loki.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer that writes protobuf wire format. Nested messages are written in place:
 * {@link #beginMessage} reserves one byte for the length and {@link #endMessage} moves the body
 * when the length needs more, which is rare for log entries and costs one copy when it happens.
 * Strings are encoded to UTF-8 straight into the buffer. Owned by one thread; reused with
 * {@link #reset}.
 */
public final class ProtoBuffer {
    private byte[] buf;
    private int pos;

    /** A buffer with {@code capacity} bytes to start with. */
    public ProtoBuffer(int capacity) {
        buf = new byte[Math.max(64, capacity)];
    }

    /** Forgets the content, keeping the storage. */
    public void reset() {
        pos = 0;
    }

    /** The bytes written so far (the backing array; valid up to {@link #size}). */
    public byte[] array() {
        return buf;
    }

    /** How many bytes were written. */
    public int size() {
        return pos;
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

    /** Writes a field key. */
    public void tag(int field, int wireType) {
        varint(((long) field << 3) | wireType);
    }

    /** Writes an unsigned varint. */
    public void varint(long v) {
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            buf[pos++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[pos++] = (byte) v;
    }

    /** Writes a varint field, skipping zero as proto3 does. */
    public void varintField(int field, long v) {
        if (v != 0) {
            tag(field, 0);
            varint(v);
        }
    }

    /** Writes a string field, skipping the empty string as proto3 does. */
    public void stringField(int field, String s) {
        if (s.isEmpty()) {
            return;
        }
        tag(field, 2);
        int start = beginMessage();
        utf8(s);
        endMessage(start);
    }

    /** Writes a length-prefixed UTF-8 string (no field key). */
    public void string(String s) {
        int start = beginMessage();
        utf8(s);
        endMessage(start);
    }

    /** Writes a fixed 64-bit little-endian value. */
    public void fixed64(long v) {
        ensure(8);
        for (int i = 0; i < 8; i++) {
            buf[pos++] = (byte) (v >>> (8 * i));
        }
    }

    /** Overwrites four bytes at {@code at} with a big-endian int (for frame headers). */
    public void putInt(int at, int v) {
        buf[at] = (byte) (v >>> 24);
        buf[at + 1] = (byte) (v >>> 16);
        buf[at + 2] = (byte) (v >>> 8);
        buf[at + 3] = (byte) v;
    }

    /** Reserves {@code n} bytes to fill in later; returns their offset. */
    public int skip(int n) {
        ensure(n);
        int at = pos;
        pos += n;
        return at;
    }

    /** Starts a length-delimited body; pass the result to {@link #endMessage}. */
    public int beginMessage() {
        ensure(1);
        pos++;
        return pos;
    }

    /** Ends the body started at {@code start}, writing its length in front of it. */
    public void endMessage(int start) {
        int length = pos - start;
        int lengthSize = varintSize(length);
        if (lengthSize > 1) {
            ensure(lengthSize - 1);
            System.arraycopy(buf, start, buf, start + lengthSize - 1, length);
        }
        int p = start - 1;
        long v = length;
        while ((v & ~0x7FL) != 0) {
            buf[p++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[p] = (byte) v;
        pos = start - 1 + lengthSize + length;
    }

    /** Writes raw bytes. */
    public void bytes(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, buf, pos, len);
        pos += len;
    }

    private void utf8(String s) {
        int n = s.length();
        ensure(n);
        int i = 0;
        // ASCII fast path: one byte per char, the common case for log lines.
        while (i < n) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                break;
            }
            buf[pos++] = (byte) c;
            i++;
        }
        if (i < n) {
            byte[] rest = s.substring(i).getBytes(StandardCharsets.UTF_8);
            bytes(rest, 0, rest.length);
        }
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
