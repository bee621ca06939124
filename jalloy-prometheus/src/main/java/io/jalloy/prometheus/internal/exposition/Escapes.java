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
}
