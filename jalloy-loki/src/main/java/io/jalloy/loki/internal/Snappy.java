package io.jalloy.loki.internal;

/**
 * Snappy's block format (what Loki's push protocol compresses with), in plain Java over byte
 * arrays: no native code and no {@code sun.misc.Unsafe}. The compressor is a greedy LZ77 with a
 * 16K-entry hash table that skips ahead faster through incompressible input, as the reference
 * implementation does. Instances keep their hash table between calls; one per thread.
 */
public final class Snappy {
    private static final int HASH_BITS = 14;
    private static final int MAX_OFFSET = 65535;

    private final int[] table = new int[1 << HASH_BITS];

    /** The largest output {@link #compress} can produce for {@code n} input bytes. */
    public static int maxCompressedLength(int n) {
        return 32 + n + n / 6;
    }

    /**
     * Compresses {@code src[0, n)} into {@code dst} (at least {@link #maxCompressedLength} long);
     * returns the compressed size.
     */
    public int compress(byte[] src, int n, byte[] dst) {
        java.util.Arrays.fill(table, 0);
        int out = putVarint(dst, 0, n);
        int literalStart = 0;
        int i = 0;
        int skip = 32;
        while (i + 4 <= n) {
            int word = readInt(src, i);
            int h = (word * 0x1e35a7bd) >>> (32 - HASH_BITS);
            int candidate = table[h] - 1;
            table[h] = i + 1;
            if (candidate >= 0 && i - candidate <= MAX_OFFSET && readInt(src, candidate) == word) {
                int length = 4;
                while (i + length < n && src[candidate + length] == src[i + length]) {
                    length++;
                }
                out = literal(src, literalStart, i - literalStart, dst, out);
                out = copy(i - candidate, length, dst, out);
                i += length;
                literalStart = i;
                skip = 32;
            } else {
                i += skip >>> 5;
                skip++;
            }
        }
        return literal(src, literalStart, n - literalStart, dst, out);
    }

    private static int literal(byte[] src, int from, int length, byte[] dst, int out) {
        if (length == 0) {
            return out;
        }
        int n = length - 1;
        if (n < 60) {
            dst[out++] = (byte) (n << 2);
        } else {
            int bytes = n < (1 << 8) ? 1 : n < (1 << 16) ? 2 : n < (1 << 24) ? 3 : 4;
            dst[out++] = (byte) ((59 + bytes) << 2);
            for (int b = 0; b < bytes; b++) {
                dst[out++] = (byte) (n >>> (8 * b));
            }
        }
        System.arraycopy(src, from, dst, out, length);
        return out + length;
    }

    private static int copy(int offset, int length, byte[] dst, int out) {
        while (length >= 68) {
            out = copy2(offset, 64, dst, out);
            length -= 64;
        }
        if (length > 64) {
            out = copy2(offset, 60, dst, out);
            length -= 60;
        }
        if (length < 12 && offset < 2048) {
            dst[out++] = (byte) (1 | ((length - 4) << 2) | ((offset >>> 8) << 5));
            dst[out++] = (byte) offset;
            return out;
        }
        return copy2(offset, length, dst, out);
    }

    private static int copy2(int offset, int length, byte[] dst, int out) {
        dst[out++] = (byte) (2 | ((length - 1) << 2));
        dst[out++] = (byte) offset;
        dst[out++] = (byte) (offset >>> 8);
        return out;
    }

    /** The uncompressed length recorded at the start of a block. */
    public static int uncompressedLength(byte[] src, int n) {
        long v = 0;
        for (int i = 0, shift = 0; i < n && shift < 35; i++, shift += 7) {
            v |= (long) (src[i] & 0x7F) << shift;
            if (src[i] >= 0) {
                if (v > Integer.MAX_VALUE - 8) {
                    break;
                }
                return (int) v;
            }
        }
        throw new IllegalArgumentException("snappy: corrupt input (bad length)");
    }

    /**
     * Decompresses a block; the result is exactly {@link #uncompressedLength} long.
     *
     * @throws IllegalArgumentException on corrupt input
     */
    public static byte[] decompress(byte[] src, int n) {
        int length = uncompressedLength(src, n);
        byte[] dst = new byte[length];
        int in = 0;
        while (src[in++] < 0) {
            // skip the length varint
        }
        int out = 0;
        try {
            while (in < n) {
                int tag = src[in++] & 0xFF;
                switch (tag & 3) {
                    case 0 -> {
                        int len = tag >>> 2;
                        if (len >= 60) {
                            int bytes = len - 59;
                            len = 0;
                            for (int b = 0; b < bytes; b++) {
                                len |= (src[in++] & 0xFF) << (8 * b);
                            }
                        }
                        len++;
                        if (len <= 0 || len > length - out || len > n - in) {
                            throw corrupt();
                        }
                        System.arraycopy(src, in, dst, out, len);
                        in += len;
                        out += len;
                    }
                    case 1 -> {
                        int len = 4 + ((tag >>> 2) & 7);
                        int offset = ((tag >>> 5) << 8) | (src[in++] & 0xFF);
                        out = copyBack(dst, out, offset, len, length);
                    }
                    case 2 -> {
                        int len = 1 + (tag >>> 2);
                        int offset = (src[in] & 0xFF) | (src[in + 1] & 0xFF) << 8;
                        in += 2;
                        out = copyBack(dst, out, offset, len, length);
                    }
                    default -> {
                        int len = 1 + (tag >>> 2);
                        int offset = (src[in] & 0xFF) | (src[in + 1] & 0xFF) << 8 | (src[in + 2] & 0xFF) << 16
                                | (src[in + 3] & 0xFF) << 24;
                        in += 4;
                        out = copyBack(dst, out, offset, len, length);
                    }
                }
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            throw corrupt();
        }
        if (out != length) {
            throw corrupt();
        }
        return dst;
    }

    private static int copyBack(byte[] dst, int out, int offset, int len, int length) {
        if (offset <= 0 || offset > out || len > length - out) {
            throw corrupt();
        }
        int from = out - offset;
        if (offset >= len) {
            System.arraycopy(dst, from, dst, out, len);
        } else {
            for (int k = 0; k < len; k++) {
                dst[out + k] = dst[from + k];
            }
        }
        return out + len;
    }

    private static IllegalArgumentException corrupt() {
        return new IllegalArgumentException("snappy: corrupt input");
    }

    private static int putVarint(byte[] dst, int at, int v) {
        while ((v & ~0x7F) != 0) {
            dst[at++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        dst[at++] = (byte) v;
        return at;
    }

    private static int readInt(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16 | (b[i + 3] & 0xFF) << 24;
    }
}
