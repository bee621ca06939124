package io.jalloy.prometheus.internal.wal;

import io.jalloy.common.labels.Labels;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * Builds framed WAL records in a reused byte array: {@link #begin} a record, put fields, {@link
 * #finish} it (fills in length and CRC). Several records can sit in one buffer and reach the file
 * with one write. Confined to one thread.
 */
public final class RecordBuffer {
    static final int HEADER = 8;
    private final CRC32C crc = new CRC32C();
    private byte[] buf;
    private int len;
    private int start = -1;

    public RecordBuffer(int capacity) {
        buf = new byte[capacity];
    }

    public void clear() {
        len = 0;
        start = -1;
    }

    public boolean isEmpty() {
        return len == 0;
    }

    public int length() {
        return len;
    }

    byte[] array() {
        return buf;
    }

    /** Whether a record is open. */
    public boolean open() {
        return start >= 0;
    }

    /** The type of the open record, or -1. */
    public int openType() {
        return start >= 0 ? buf[start + HEADER] : -1;
    }

    /** Bytes in the open record's payload. */
    public int openSize() {
        return start >= 0 ? len - start - HEADER : 0;
    }

    public void begin(int type) {
        ensure(HEADER + 1);
        start = len;
        len += HEADER;
        buf[len++] = (byte) type;
    }

    public void finish() {
        int n = len - start - HEADER;
        putInt(start, n);
        crc.reset();
        crc.update(buf, start + HEADER, n);
        putInt(start + 4, (int) crc.getValue());
        start = -1;
    }

    private void putInt(int at, int v) {
        buf[at] = (byte) (v >>> 24);
        buf[at + 1] = (byte) (v >>> 16);
        buf[at + 2] = (byte) (v >>> 8);
        buf[at + 3] = (byte) v;
    }

    private void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }
    }

    public void varint(long v) {
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            buf[len++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[len++] = (byte) v;
    }

    public void zigzag(long v) {
        varint((v << 1) ^ (v >> 63));
    }

    public void fixed64(long v) {
        ensure(8);
        for (int i = 0; i < 8; i++) {
            buf[len++] = (byte) (v >>> (8 * i));
        }
    }

    public void putDouble(double v) {
        fixed64(Double.doubleToRawLongBits(v));
    }

    public void putByte(int b) {
        ensure(1);
        buf[len++] = (byte) b;
    }

    /** A length-prefixed UTF-8 string; ASCII (all label names, most values) is copied without allocating. */
    public void string(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                varint(b.length);
                ensure(b.length);
                System.arraycopy(b, 0, buf, len, b.length);
                len += b.length;
                return;
            }
        }
        varint(n);
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[len + i] = (byte) s.charAt(i);
        }
        len += n;
    }

    public void labels(Labels labels) {
        varint(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            string(labels.name(i));
            string(labels.value(i));
        }
    }
}
