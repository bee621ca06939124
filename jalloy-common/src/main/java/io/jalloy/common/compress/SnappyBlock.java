package io.jalloy.common.compress;

import java.io.IOException;
import org.xerial.snappy.Snappy;

/**
 * Snappy's block format (not framed), the one codec of Loki push and Prometheus Remote Write
 * bodies, through snappy-java's native library: on 1 MiB of logfmt it compresses ~3× faster than
 * the pure-Java encoder it replaced (see bench/RESULTS.md), and it loads without warnings on
 * JDK 25 when native access is granted ({@code bin/jalloy} does). Keeps its output buffer between
 * calls; one instance per sending thread.
 */
public final class SnappyBlock {
    private byte[] out = new byte[64 * 1024];
    private int length;

    /** Compresses {@code n} bytes of {@code in}; the result is {@link #output} up to {@link #length}. */
    public void compress(byte[] in, int n) throws IOException {
        int max = Snappy.maxCompressedLength(n);
        if (out.length < max) {
            out = new byte[Math.max(max, out.length * 2)];
        }
        length = Snappy.rawCompress(in, 0, n, out, 0);
    }

    public byte[] output() {
        return out;
    }

    public int length() {
        return length;
    }

    /** The uncompressed length a block announces, checked before allocating for it. */
    public static int uncompressedLength(byte[] in, int off, int n) throws IOException {
        return Snappy.uncompressedLength(in, off, n);
    }

    /** Decompresses a whole block; corrupt input is an IOException. */
    public static byte[] decompress(byte[] in, int off, int n) throws IOException {
        if (!Snappy.isValidCompressedBuffer(in, off, n)) {
            throw new IOException("snappy: corrupt input");
        }
        byte[] result = new byte[Snappy.uncompressedLength(in, off, n)];
        Snappy.uncompress(in, off, n, result, 0);
        return result;
    }
}
