package io.jalloy.loki.process.stages;

/** UTF-8 byte lengths and cuts of Java strings, since Alloy measures lines in bytes. */
final class Utf8 {
    private Utf8() {}

    /** The UTF-8 length of {@code s}, without encoding it. */
    static long length(String s) {
        int n = s.length();
        long bytes = n;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                if (c < 0x800) {
                    bytes += 1;
                } else if (Character.isHighSurrogate(c)) {
                    bytes += 2;
                    i++;
                } else {
                    bytes += 2;
                }
            }
        }
        return bytes;
    }

    /** The longest prefix of {@code s} whose UTF-8 form fits in {@code maxBytes} (never splitting a character). */
    static String prefix(String s, long maxBytes) {
        long bytes = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            int w;
            int chars = 1;
            if (c < 0x80) {
                w = 1;
            } else if (c < 0x800) {
                w = 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n) {
                w = 4;
                chars = 2;
            } else {
                w = 3;
            }
            if (bytes + w > maxBytes) {
                return s.substring(0, i);
            }
            bytes += w;
            i += chars - 1;
        }
        return s;
    }
}
