package io.jalloy.prometheus.internal.exposition;

/**
 * A compact, unambiguous byte encoding of a series (length-prefixed name, then length-prefixed
 * label names and values, as decoded text in exposition order), so a caller can store one array
 * per known series and confirm a {@link Series#hash()} hit with {@link #matches} without
 * allocating. The same series has the same key in every format.
 */
public final class SeriesKey {
    private SeriesKey() {}

    /** Bytes {@link #write} needs for {@code s}. */
    public static int size(Series s) {
        LabelSlices l = s.labels();
        int n = part(s.nameBuffer(), s.nameOffset(), s.nameLength(), s.nameEscaped()) + varintSize(l.count());
        for (int i = 0; i < l.count(); i++) {
            n += part(l.nameBuffer(i), l.nameOffset(i), l.nameLength(i), l.escaped(i));
            n += part(l.valueBuffer(i), l.valueOffset(i), l.valueLength(i), l.escaped(i));
        }
        return n;
    }

    /** Writes the key of {@code s} at {@code off}; returns the offset just past it. */
    public static int write(Series s, byte[] dst, int off) {
        LabelSlices l = s.labels();
        off = slice(dst, off, s.nameBuffer(), s.nameOffset(), s.nameLength(), s.nameEscaped());
        off = varint(dst, off, l.count());
        for (int i = 0; i < l.count(); i++) {
            off = slice(dst, off, l.nameBuffer(i), l.nameOffset(i), l.nameLength(i), l.escaped(i));
            off = slice(dst, off, l.valueBuffer(i), l.valueOffset(i), l.valueLength(i), l.escaped(i));
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
        int pos = sliceEquals(key, 0, s.nameBuffer(), s.nameOffset(), s.nameLength(), s.nameEscaped());
        if (pos < 0 || pos >= key.length) {
            return false;
        }
        long count = readVarint(key, pos);
        if (count < 0 || (int) (count >>> 32) != l.count()) {
            return false;
        }
        pos = (int) count;
        for (int i = 0; i < l.count() && pos >= 0; i++) {
            pos = sliceEquals(key, pos, l.nameBuffer(i), l.nameOffset(i), l.nameLength(i), l.escaped(i));
            if (pos >= 0) {
                pos = sliceEquals(key, pos, l.valueBuffer(i), l.valueOffset(i), l.valueLength(i), l.escaped(i));
            }
        }
        return pos == key.length;
    }

    private static int part(byte[] b, int off, int len, boolean escaped) {
        int n = escaped ? Escapes.decodedLength(b, off, len) : len;
        return varintSize(n) + n;
    }

    /** Compares one length-prefixed slice at {@code pos}; returns the position after it, or -1. */
    private static int sliceEquals(byte[] key, int pos, byte[] b, int off, int len, boolean escaped) {
        long v = readVarint(key, pos);
        if (v < 0) {
            return -1;
        }
        int n = (int) (v >>> 32);
        int start = (int) v;
        if (start + n > key.length) {
            return -1;
        }
        boolean eq = escaped ? Escapes.equalsDecoded(key, start, n, b, off, len)
                : n == len && java.util.Arrays.equals(key, start, start + n, b, off, off + len);
        return eq ? start + n : -1;
    }

    private static int slice(byte[] dst, int off, byte[] b, int from, int len, boolean escaped) {
        if (!escaped) {
            off = varint(dst, off, len);
            System.arraycopy(b, from, dst, off, len);
            return off + len;
        }
        off = varint(dst, off, Escapes.decodedLength(b, from, len));
        return Escapes.decodeInto(b, from, len, dst, off);
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
