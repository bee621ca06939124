package io.jalloy.common.protobuf;

/**
 * UTF-8 measuring and encoding straight into a byte array, so strings reach the wire without an
 * intermediate {@code byte[]}. An unpaired surrogate becomes {@code '?'}, as
 * {@link String#getBytes(java.nio.charset.Charset)} does.
 */
final class Utf8 {
    private Utf8() {}

    /** The number of bytes {@link #encode} writes for {@code s}. */
    static int encodedLength(String s) {
        int n = s.length();
        int bytes = n;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                continue;
            }
            if (c < 0x800) {
                bytes += 1;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 2; // four bytes for two chars
                i++;
            } else if (Character.isSurrogate(c)) {
                // unpaired: one '?' byte, already counted
            } else {
                bytes += 2;
            }
        }
        return bytes;
    }

    /** Encodes {@code s} into {@code b} at {@code p} (room checked by the caller); returns the end. */
    static int encode(String s, byte[] b, int p) {
        int n = s.length();
        int i = 0;
        // ASCII fast path: one byte per char, the common case for labels and log lines.
        while (i < n) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                break;
            }
            b[p++] = (byte) c;
            i++;
        }
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                b[p++] = (byte) c;
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | (c >> 6));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                b[p++] = (byte) (0xF0 | (cp >> 18));
                b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                b[p++] = '?';
            } else {
                b[p++] = (byte) (0xE0 | (c >> 12));
                b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return p;
    }
}
