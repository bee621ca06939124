package io.jalloy.prometheus.internal.exposition;

/** Byte-range helpers shared by the parsers and the views. */
final class Bytes {
    static final long FNV_OFFSET = 0xcbf29ce484222325L;
    static final long FNV_PRIME = 0x100000001b3L;

    private Bytes() {}

    static boolean equal(byte[] a, int ao, int al, byte[] b, int bo, int bl) {
        return al == bl && java.util.Arrays.equals(a, ao, ao + al, b, bo, bo + bl);
    }

    static boolean endsWith(byte[] a, int ao, int al, byte[] suffix) {
        int sl = suffix.length;
        return al >= sl && java.util.Arrays.equals(a, ao + al - sl, ao + al, suffix, 0, sl);
    }

    static long fnv(long h, byte[] b, int off, int len) {
        for (int i = off, end = off + len; i < end; i++) {
            h = (h ^ (b[i] & 0xFF)) * FNV_PRIME;
        }
        return h;
    }

    static int indexOf(byte[] b, int off, int end, byte c) {
        for (int i = off; i < end; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** Strict UTF-8 validity as Go's utf8.Valid defines it (no surrogates, no overlongs). */
    static boolean validUtf8(byte[] b, int off, int len) {
        int i = off;
        int end = off + len;
        while (i < end) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int n;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                n = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                n = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                n = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + n >= end) {
                return false;
            }
            int cp = c & (0x3F >> n);
            for (int k = 1; k <= n; k++) {
                int cc = b[i + k] & 0xFF;
                if ((cc & 0xC0) != 0x80) {
                    return false;
                }
                cp = (cp << 6) | (cc & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return false;
            }
            i += n + 1;
        }
        return true;
    }
}
