package io.jalloy.syntax.scanner;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Converts between Alloy string literals and their values with Go's strconv semantics:
 * {@link #unquote} reads double-quoted literals (Go escapes) and back-tick raw strings, {@link #quote}
 * writes a string the way Alloy prints one ({@code strconv.Quote}). Stateless; any thread.
 */
public final class Literals {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Literals() {}

    /**
     * The value of a string literal as written in source, quotes included.
     *
     * @throws IllegalArgumentException ("invalid syntax", like Go) when the literal is malformed
     */
    public static String unquote(String literal) {
        int n = literal.length();
        if (n < 2) {
            throw invalid();
        }
        char q = literal.charAt(0);
        if (q != literal.charAt(n - 1)) {
            throw invalid();
        }
        if (q == '`') {
            String body = literal.substring(1, n - 1);
            if (body.indexOf('`') >= 0) {
                throw invalid();
            }
            // Go drops carriage returns from raw strings.
            return body.indexOf('\r') >= 0 ? body.replace("\r", "") : body;
        }
        if (q != '"') {
            throw invalid();
        }
        int firstEscape = -1;
        for (int i = 1; i < n - 1; i++) {
            char c = literal.charAt(i);
            if (c == '\\') {
                firstEscape = i;
                break;
            }
            if (c == '"' || c == '\n') {
                throw invalid();
            }
        }
        if (firstEscape < 0) {
            return literal.substring(1, n - 1);
        }
        return unescape(literal, firstEscape, n - 1);
    }

    /** Decodes escapes into UTF-8 bytes first, since \x and octal escapes name single bytes. */
    private static String unescape(String s, int from, int end) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(end);
        byte[] prefix = s.substring(1, from).getBytes(StandardCharsets.UTF_8);
        out.write(prefix, 0, prefix.length);
        int i = from;
        while (i < end) {
            char c = s.charAt(i);
            if (c == '"' || c == '\n') {
                throw invalid();
            }
            if (c != '\\') {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                writeUtf8(out, cp);
                continue;
            }
            if (i + 1 >= end) {
                throw invalid();
            }
            char e = s.charAt(i + 1);
            i += 2;
            switch (e) {
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case 'v' -> out.write(11);
                case '\\' -> out.write('\\');
                case '"' -> out.write('"');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2; k++) {
                        int d = i < end ? s.charAt(i) - '0' : -1;
                        if (d < 0 || d > 7) {
                            throw invalid();
                        }
                        v = v * 8 + d;
                        i++;
                    }
                    if (v > 255) {
                        throw invalid();
                    }
                    out.write(v);
                }
                case 'x', 'u', 'U' -> {
                    int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    long v = 0;
                    for (int k = 0; k < digits; k++) {
                        int d = i < end ? Runes.digitVal(s.charAt(i)) : 16;
                        if (d >= 16) {
                            throw invalid();
                        }
                        v = v * 16 + d;
                        i++;
                    }
                    if (e == 'x') {
                        out.write((int) v);
                    } else {
                        if (v > Runes.MAX_RUNE || (v >= 0xD800 && v < 0xE000)) {
                            throw invalid();
                        }
                        writeUtf8(out, (int) v);
                    }
                }
                default -> throw invalid();
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void writeUtf8(ByteArrayOutputStream out, int cp) {
        if (cp < 0x80) {
            out.write(cp);
        } else if (cp < 0x800) {
            out.write(0xC0 | (cp >> 6));
            out.write(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out.write(0xE0 | (cp >> 12));
            out.write(0x80 | ((cp >> 6) & 0x3F));
            out.write(0x80 | (cp & 0x3F));
        } else {
            out.write(0xF0 | (cp >> 18));
            out.write(0x80 | ((cp >> 12) & 0x3F));
            out.write(0x80 | ((cp >> 6) & 0x3F));
            out.write(0x80 | (cp & 0x3F));
        }
    }

    private static IllegalArgumentException invalid() {
        return new IllegalArgumentException("invalid syntax");
    }

    /**
     * A double-quoted literal for {@code value}, as Go's {@code strconv.Quote}: printable runes as
     * they are, {@code \n}-style escapes where Go has them, hex escapes ({@code x}, {@code u} or {@code U}
     * forms) otherwise.
     */
    public static String quote(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 2);
        appendQuoted(sb, value);
        return sb.toString();
    }

    /** Appends {@link #quote}{@code (value)} to {@code sb}, for printers building larger text. */
    public static void appendQuoted(StringBuilder sb, String value) {
        sb.append('"');
        int n = value.length();
        int i = 0;
        while (i < n) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                if (c == '"' || c == '\\') {
                    sb.append('\\');
                }
                sb.append(c);
                i++;
                continue;
            }
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            appendEscapedRune(sb, cp);
        }
        sb.append('"');
    }

    private static void appendEscapedRune(StringBuilder sb, int cp) {
        if (cp >= 0x80 && !Character.isSurrogate((char) cp) && Runes.isPrint(cp)) {
            sb.appendCodePoint(cp);
            return;
        }
        switch (cp) {
            case 7 -> sb.append("\\a");
            case 8 -> sb.append("\\b");
            case 12 -> sb.append("\\f");
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            case 11 -> sb.append("\\v");
            default -> {
                if (cp < ' ' || cp == 0x7F) {
                    sb.append("\\x").append(HEX[(cp >> 4) & 0xF]).append(HEX[cp & 0xF]);
                } else if (Character.isSurrogate((char) cp) && cp < 0x10000) {
                    // A lone surrogate is not valid UTF-8; Go would print the replacement rune.
                    sb.append('\uFFFD');
                } else if (cp < 0x10000) {
                    sb.append("\\u");
                    appendHex(sb, cp, 4);
                } else {
                    sb.append("\\U");
                    appendHex(sb, cp, 8);
                }
            }
        }
    }

    private static void appendHex(StringBuilder sb, int v, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(HEX[(v >> shift) & 0xF]);
        }
    }
}
