package io.jalloy.prometheus.internal.exposition;

/**
 * Reusable copies of a protobuf family's name with the suffixes Prometheus adds when flattening
 * ({@code _count}, {@code _sum}, {@code _bucket}), so flat samples need no allocation. Owned by one parser.
 */
final class ProtoFamilyNames {
    byte[] base = new byte[64];
    int baseLen;
    byte[] count = new byte[64];
    int countLen;
    byte[] sum = new byte[64];
    int sumLen;
    byte[] bucket = new byte[64];
    int bucketLen;

    void set(byte[] b, int off, int len) {
        base = fit(base, len);
        System.arraycopy(b, off, base, 0, len);
        baseLen = len;
        count = with(count, b, off, len, "_count");
        countLen = len + 6;
        sum = with(sum, b, off, len, "_sum");
        sumLen = len + 4;
        bucket = with(bucket, b, off, len, "_bucket");
        bucketLen = len + 7;
    }

    private static byte[] with(byte[] dst, byte[] b, int off, int len, String suffix) {
        dst = fit(dst, len + suffix.length());
        System.arraycopy(b, off, dst, 0, len);
        for (int k = 0; k < suffix.length(); k++) {
            dst[len + k] = (byte) suffix.charAt(k);
        }
        return dst;
    }

    private static byte[] fit(byte[] a, int n) {
        return a.length >= n ? a : new byte[Math.max(n, a.length * 2)];
    }
}
