package io.jalloy.prometheus.internal.remotewrite;

import java.io.IOException;
import org.xerial.snappy.Snappy;

/**
 * Snappy block format (not framed), as Remote Write bodies use, through snappy-java. Keeps its
 * output buffer between calls; one instance per sending thread.
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

    /** Decompresses a whole block. */
    public static byte[] decompress(byte[] in, int off, int n) throws IOException {
        if (!Snappy.isValidCompressedBuffer(in, off, n)) {
            throw new IOException("invalid snappy block");
        }
        byte[] result = new byte[Snappy.uncompressedLength(in, off, n)];
        Snappy.uncompress(in, off, n, result, 0);
        return result;
    }
}
