package io.jalloy.prometheus.internal.wal;

import io.jalloy.common.labels.LabelInterner;
import io.jalloy.common.labels.Labels;
import java.nio.charset.StandardCharsets;

/** Reads the fields of one record payload, in the order {@link RecordBuffer} wrote them. */
public final class RecordReader {
    private byte[] b;
    private int pos;
    private int end;

    void reset(byte[] b, int off, int len) {
        this.b = b;
        this.pos = off;
        this.end = off + len;
    }

    public boolean hasMore() {
        return pos < end;
    }

    public int type() {
        return b[pos++];
    }

    public long varint() {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte x = b[pos++];
            v |= (long) (x & 0x7F) << shift;
            if (x >= 0) {
                return v;
            }
        }
        return v;
    }

    public long zigzag() {
        long v = varint();
        return (v >>> 1) ^ -(v & 1);
    }

    public long fixed64() {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v |= (b[pos++] & 0xFFL) << (8 * i);
        }
        return v;
    }

    public double getDouble() {
        return Double.longBitsToDouble(fixed64());
    }

    public int getByte() {
        return b[pos++] & 0xFF;
    }

    public String string() {
        int n = (int) varint();
        String s = new String(b, pos, n, StandardCharsets.UTF_8);
        pos += n;
        return s;
    }

    /** Skips a label set written by {@link RecordBuffer#labels}, decoding nothing. */
    public void skipLabels() {
        int n = (int) varint();
        for (int i = 0; i < 2 * n; i++) {
            int len = (int) varint();
            pos += len;
        }
    }

    /** Labels with names interned, as a series is read once per replay. */
    public Labels labels() {
        int n = (int) varint();
        String[] kv = new String[n * 2];
        for (int i = 0; i < n; i++) {
            kv[2 * i] = LabelInterner.NAMES.intern(string());
            kv[2 * i + 1] = string();
        }
        return Labels.of(kv);
    }
}
