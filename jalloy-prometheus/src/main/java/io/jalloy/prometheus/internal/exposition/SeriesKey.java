package io.jalloy.prometheus.internal.exposition;

/**
 * A compact, unambiguous byte encoding of a series as exposed (length-prefixed name, then
 * length-prefixed label names and values, raw bytes), so a caller can store one array per known
 * series and confirm a hash hit with {@link #matches} without allocating.
 */
public final class SeriesKey {
    private SeriesKey() {}

    /** Bytes {@link #write} needs for {@code s}. */
    public static int size(Series s) {
        LabelSlices l = s.labels();
        int n = varintSize(s.nameLength()) + s.nameLength() + varintSize(l.count());
        for (int i = 0; i < l.count(); i++) {
            n += varintSize(l.nameLength(i)) + l.nameLength(i) + varintSize(l.valueLength(i)) + l.valueLength(i);
        }
        return n;
    }

    /** Writes the key of {@code s} at {@code off}; returns the offset just past it. */
    public static int write(Series s, byte[] dst, int off) {
        LabelSlices l = s.labels();
        off = slice(dst, off, s.nameBuffer(), s.nameOffset(), s.nameLength());
        off = varint(dst, off, l.count());
        for (int i = 0; i < l.count(); i++) {
            off = slice(dst, off, l.nameBuffer(i), l.nameOffset(i), l.nameLength(i));
            off = slice(dst, off, l.valueBuffer(i), l.valueOffset(i), l.valueLength(i));
        }
        return off;
    }

    /** A new array holding the key of {@code s}; for first sightings of a series. */
    public static byte[] of(Series s) {
        byte[] key = new byte[size(s)];
        write(s, key, 0);
        return key;
    }

    /** Whether {@code key} (as written by {@link #write}) is the key of {@code s}; allocation-free. */
    public static boolean matches(Series s, byte[] key) {
        LabelSlices l = s.labels();
        int pos = sliceEquals(key, 0, s.nameBuffer(), s.nameOffset(), s.nameLength());
        if (pos < 0 || pos >= key.length) {
            return false;
        }
        long count = readVarint(key, pos);
        if ((int) (count >>> 32) != l.count()) {
            return false;
        }
        pos = (int) count;
        for (int i = 0; i < l.count() && pos >= 0; i++) {
            pos = sliceEquals(key, pos, l.nameBuffer(i), l.nameOffset(i), l.nameLength(i));
            if (pos >= 0) {
                pos = sliceEquals(key, pos, l.valueBuffer(i), l.valueOffset(i), l.valueLength(i));
            }
        }
        return pos == key.length;
    }

    /** Compares one length-prefixed slice at {@code pos}; returns the position after it, or -1. */
    private static int sliceEquals(byte[] key, int pos, byte[] b, int off, int len) {
        long v = readVarint(key, pos);
        if (v < 0 || (int) (v >>> 32) != len) {
            return -1;
        }
        int start = (int) v;
        if (start + len > key.length || !java.util.Arrays.equals(key, start, start + len, b, off, off + len)) {
            return -1;
        }
        return start + len;
    }

    private static int slice(byte[] dst, int off, byte[] b, int from, int len) {
        off = varint(dst, off, len);
        System.arraycopy(b, from, dst, off, len);
        return off + len;
    }

    private static int varint(byte[] dst, int off, int v) {
        while ((v & ~0x7F) != 0) {
            dst[off++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        dst[off++] = (byte) v;
        return off;
    }

    /** Reads a varint at {@code pos}; returns {@code value << 32 | next position}, or -1 when truncated. */
    private static long readVarint(byte[] b, int pos) {
        int v = 0;
        for (int shift = 0; shift < 35 && pos < b.length; shift += 7) {
            byte c = b[pos++];
            v |= (c & 0x7F) << shift;
            if (c >= 0) {
                return ((long) v << 32) | pos;
            }
        }
        return -1;
    }

    private static int varintSize(int v) {
        int n = 1;
        while ((v & ~0x7F) != 0) {
            v >>>= 7;
            n++;
        }
        return n;
    }
}
