package io.jalloy.prometheus.internal.exposition;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Decoding of the text formats' backslash escapes. Only the sequences Prometheus replaces are
 * decoded; any other backslash pair is kept verbatim, as Prometheus keeps it.
 */
final class Escapes {
    private Escapes() {}

    /** Decodes {@code \\}, {@code \"} and {@code \n} when {@code escaped}; else plain UTF-8. */
    static String decode(byte[] b, int off, int len, boolean escaped) {
        if (!escaped) {
            return new String(b, off, len, StandardCharsets.UTF_8);
        }
        return decode(b, off, len, true, true);
    }

    /**
     * Decodes a HELP text: the Prometheus text format only unescapes {@code \\} and {@code \n};
     * OpenMetrics also unescapes {@code \"}.
     */
    static String decodeHelp(byte[] b, int off, int len, boolean quotes) {
        if (Bytes.indexOf(b, off, off + len, (byte) '\\') < 0) {
            return new String(b, off, len, StandardCharsets.UTF_8);
        }
        return decode(b, off, len, true, quotes);
    }

    private static String decode(byte[] b, int off, int len, boolean newline, boolean quotes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(len);
        int end = off + len;
        for (int i = off; i < end; i++) {
            byte c = b[i];
            if (c == '\\' && i + 1 < end) {
                byte n = b[i + 1];
                if (n == '\\') {
                    out.write('\\');
                    i++;
                    continue;
                }
                if (n == 'n' && newline) {
                    out.write('\n');
                    i++;
                    continue;
                }
                if (n == '"' && quotes) {
                    out.write('"');
                    i++;
                    continue;
                }
            }
            out.write(c);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Length of the label text once {@code \\}, {@code \"} and {@code \n} are decoded. */
    static int decodedLength(byte[] b, int off, int len) {
        int n = 0;
        int end = off + len;
        for (int i = off; i < end; i++, n++) {
            if (b[i] == '\\' && i + 1 < end && isEscape(b[i + 1])) {
                i++;
            }
        }
        return n;
    }

    /** Writes the decoded label text at {@code dst[at]}; returns the offset just past it. */
    static int decodeInto(byte[] b, int off, int len, byte[] dst, int at) {
        int end = off + len;
        for (int i = off; i < end; i++) {
            byte c = b[i];
            if (c == '\\' && i + 1 < end && isEscape(b[i + 1])) {
                c = unescape(b[++i]);
            }
            dst[at++] = c;
        }
        return at;
    }

    /** Folds the decoded label text into an FNV-1a hash without materialising it. */
    static long fnvDecoded(long h, byte[] b, int off, int len) {
        int end = off + len;
        for (int i = off; i < end; i++) {
            byte c = b[i];
            if (c == '\\' && i + 1 < end && isEscape(b[i + 1])) {
                c = unescape(b[++i]);
            }
            h = (h ^ (c & 0xFF)) * Bytes.FNV_PRIME;
        }
        return h;
    }

    /** Whether {@code key[at, at + n)} equals the decoded label text. */
    static boolean equalsDecoded(byte[] key, int at, int n, byte[] b, int off, int len) {
        int end = off + len;
        int k = at;
        int keyEnd = at + n;
        for (int i = off; i < end; i++) {
            byte c = b[i];
            if (c == '\\' && i + 1 < end && isEscape(b[i + 1])) {
                c = unescape(b[++i]);
            }
            if (k >= keyEnd || key[k++] != c) {
                return false;
            }
        }
        return k == keyEnd;
    }

    private static boolean isEscape(byte c) {
        return c == '\\' || c == '"' || c == 'n';
    }

    private static byte unescape(byte c) {
        return c == 'n' ? (byte) '\n' : c;
    }
}
