package io.jalloy.syntax.stdlib.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Go's base64 decoders (standard and URL alphabets, padded, newlines ignored) with their
 * "illegal base64 data at input byte N" errors, and {@code net/url}'s query escaping.
 */
public final class GoCodecs {
    private GoCodecs() {}

    /** A decoding failure with Go's message. */
    public static final class DecodeException extends Exception {
        public DecodeException(String message) {
            super(message, null, false, false);
        }
    }

    private static final String STD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final String URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    public static String toBase64(String s, boolean url) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return (url ? Base64.getUrlEncoder() : Base64.getEncoder()).encodeToString(b);
    }

    /** Decodes and reads the bytes as UTF-8 (invalid sequences become U+FFFD). */
    public static String fromBase64(String s, boolean url) throws DecodeException {
        String alphabet = url ? URL : STD;
        byte[] src = s.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(src.length * 3 / 4);
        int si = 0;
        while (true) {
            int[] dbuf = new int[4];
            int dlen = 4;
            int j = 0;
            boolean done = false;
            for (; j < 4; j++) {
                if (si == src.length) {
                    if (j == 0) {
                        return out.toString(StandardCharsets.UTF_8);
                    }
                    throw corrupt(si - j);
                }
                int in = src[si] & 0xff;
                si++;
                int d = in < 128 ? alphabet.indexOf(in) : -1;
                if (d >= 0) {
                    dbuf[j] = d;
                    continue;
                }
                if (in == '\n' || in == '\r') {
                    j--;
                    continue;
                }
                if (in != '=') {
                    throw corrupt(si - 1);
                }
                if (j == 0 || j == 1) {
                    throw corrupt(si - 1);
                }
                if (j == 2) {
                    si = skipNewlines(src, si);
                    if (si == src.length) {
                        throw corrupt(src.length);
                    }
                    if (src[si] != '=') {
                        throw corrupt(si - 1);
                    }
                    si++;
                }
                si = skipNewlines(src, si);
                if (si < src.length) {
                    throw corrupt(si);
                }
                dlen = j;
                done = true;
                break;
            }
            int val = dbuf[0] << 18 | dbuf[1] << 12 | dbuf[2] << 6 | dbuf[3];
            out.write(val >> 16);
            if (dlen >= 3) {
                out.write((val >> 8) & 0xff);
            }
            if (dlen == 4) {
                out.write(val & 0xff);
            }
            if (done) {
                return out.toString(StandardCharsets.UTF_8);
            }
        }
    }

    private static int skipNewlines(byte[] src, int si) {
        while (si < src.length && (src[si] == '\n' || src[si] == '\r')) {
            si++;
        }
        return si;
    }

    private static DecodeException corrupt(int at) {
        return new DecodeException("illegal base64 data at input byte " + at);
    }

    /** {@code url.QueryEscape}. */
    public static String queryEscape(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(b.length);
        for (byte x : b) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~') {
                sb.append((char) c);
            } else if (c == ' ') {
                sb.append('+');
            } else {
                sb.append('%').append("0123456789ABCDEF".charAt(c >> 4)).append("0123456789ABCDEF".charAt(c & 15));
            }
        }
        return sb.toString();
    }

    /** {@code url.QueryUnescape}, failing with Go's "invalid URL escape" message. */
    public static String queryUnescape(String s) throws DecodeException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        for (int i = 0; i < b.length; ) {
            int c = b[i];
            if (c == '%') {
                if (i + 2 >= b.length || Character.digit(b[i + 1], 16) < 0 || Character.digit(b[i + 2], 16) < 0) {
                    int end = Math.min(b.length, i + 3);
                    String bad = new String(b, i, end - i, StandardCharsets.UTF_8);
                    throw new DecodeException("invalid URL escape " + GoQuote.quote(bad, false));
                }
                out.write(Character.digit(b[i + 1], 16) << 4 | Character.digit(b[i + 2], 16));
                i += 3;
            } else if (c == '+') {
                out.write(' ');
                i++;
            } else {
                out.write(c);
                i++;
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
