package io.jalloy.syntax.stdlib.internal;

import io.jalloy.syntax.scanner.Literals;

/** Go's {@code strconv.Quote} family: which runes print as themselves and how the rest escape. */
public final class GoQuote {
    private GoQuote() {}

    /** {@code strconv.Quote} (the scanner's), or {@code QuoteToASCII} when {@code ascii}. */
    public static String quote(String s, boolean ascii) {
        if (!ascii) {
            return Literals.quote(s);
        }
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); ) {
            int r = s.codePointAt(i);
            i += Character.charCount(r);
            appendEscaped(sb, r, '"', true);
        }
        return sb.append('"').toString();
    }

    /** {@code strconv.QuoteRune} (or {@code QuoteRuneToASCII}). */
    public static String quoteRune(int r, boolean ascii) {
        StringBuilder sb = new StringBuilder().append('\'');
        appendEscaped(sb, r, '\'', ascii);
        return sb.append('\'').toString();
    }

    private static void appendEscaped(StringBuilder sb, int r, char quote, boolean ascii) {
        if (r >= 0xD800 && r <= 0xDFFF) {
            r = 0xFFFD;
        }
        if (r == quote || r == '\\') {
            sb.append('\\').appendCodePoint(r);
            return;
        }
        if (ascii ? (r < 0x80 && isPrint(r)) : isPrint(r)) {
            sb.appendCodePoint(r);
            return;
        }
        switch (r) {
            case 7 -> sb.append("\\a");
            case '\b' -> sb.append("\\b");
            case '\f' -> sb.append("\\f");
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            case 11 -> sb.append("\\v");
            default -> {
                if (r < ' ' || r == 0x7f) {
                    sb.append("\\x").append(hex(r, 2));
                } else if (r < 0x10000) {
                    sb.append("\\u").append(hex(r, 4));
                } else {
                    sb.append("\\U").append(hex(r, 8));
                }
            }
        }
    }

    private static String hex(int v, int width) {
        String h = Integer.toHexString(v);
        return "0".repeat(Math.max(0, width - h.length())) + h;
    }

    /** Go's {@code strconv.IsPrint}: letters, marks, numbers, punctuation, symbols and ASCII space. */
    public static boolean isPrint(int r) {
        if (r == ' ') {
            return true;
        }
        return switch (Character.getType(r)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** {@code strconv.CanBackquote}. */
    public static boolean canBackquote(String s) {
        for (int i = 0; i < s.length(); ) {
            int r = s.codePointAt(i);
            i += Character.charCount(r);
            if (r == '`' || r == 0xFEFF || (r < ' ' && r != '\t') || r == 0x7f || r == 0xFFFD) {
                return false;
            }
        }
        return true;
    }
}
