package io.jalloy.prometheus.internal.exposition;

/**
 * Go's {@code %q} rendering of byte strings, used to word errors exactly as Prometheus does.
 * Only used on error paths.
 */
final class GoText {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private GoText() {}

    /** {@code %q} of the bytes {@code [from, to)} as the lexer sees them (with its virtual newline). */
    static String quote(PromLexer l, int from, int to) {
        byte[] tmp = new byte[Math.max(0, to - from)];
        for (int k = from; k < to; k++) {
            tmp[k - from] = (byte) l.at(k);
        }
        return quote(tmp, 0, tmp.length);
    }

    static String quote(String s) {
        byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return quote(bytes, 0, bytes.length);
    }

    static String quote(byte[] b, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from + 2).append('"');
        int k = from;
        while (k < to) {
            int c = b[k] & 0xFF;
            if (c < 0x80) {
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\t' -> sb.append("\\t");
                    case '\r' -> sb.append("\\r");
                    case 7 -> sb.append("\\a");
                    case 8 -> sb.append("\\b");
                    case 12 -> sb.append("\\f");
                    case 11 -> sb.append("\\v");
                    default -> {
                        if (c < 0x20 || c == 0x7F) {
                            sb.append("\\x").append(HEX[c >> 4]).append(HEX[c & 15]);
                        } else {
                            sb.append((char) c);
                        }
                    }
                }
                k++;
                continue;
            }
            int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
            if (n > 1 && k + n <= to && Bytes.validUtf8(b, k, n)) {
                sb.append(new String(b, k, n, java.nio.charset.StandardCharsets.UTF_8));
                k += n;
            } else {
                sb.append("\\x").append(HEX[c >> 4]).append(HEX[c & 15]);
                k++;
            }
        }
        return sb.append('"').toString();
    }

    /** Go's {@code %f} for the non-finite values the timestamp checks reject. */
    static String percentF(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "+Inf" : "-Inf";
        }
        return String.format(java.util.Locale.ROOT, "%f", d);
    }
}
