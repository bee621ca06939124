package io.jalloy.syntax.value;

/**
 * Quotes text the way Go's {@code strconv.Quote} does, so strings in messages and rendered values
 * read exactly as Alloy prints them. Stateless; safe from any thread.
 */
public final class GoQuote {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private GoQuote() {}

    /** {@code s} between double quotes with Go's escapes. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append('"');
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            appendEscaped(sb, cp);
        }
        return sb.append('"').toString();
    }

    private static void appendEscaped(StringBuilder sb, int cp) {
        switch (cp) {
            case '"' -> sb.append("\\\"");
            case '\\' -> sb.append("\\\\");
            case 0x07 -> sb.append("\\a");
            case '\b' -> sb.append("\\b");
            case '\f' -> sb.append("\\f");
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            case 0x0b -> sb.append("\\v");
            default -> {
                if (isPrint(cp)) {
                    sb.appendCodePoint(cp);
                } else if (cp < 0x20 || cp == 0x7f) {
                    sb.append("\\x").append(HEX[cp >> 4]).append(HEX[cp & 0xf]);
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
            sb.append(HEX[(v >> shift) & 0xf]);
        }
    }

    // Approximates Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and ASCII space.
    private static boolean isPrint(int cp) {
        if (cp == ' ') {
            return true;
        }
        if (cp < 0x20 || cp == 0x7f || Character.isSurrogate((char) Math.min(cp, 0xffff)) && cp < 0x10000) {
            return false;
        }
        return switch (Character.getType(cp)) {
            case Character.UNASSIGNED, Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE,
                 Character.SURROGATE, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                 Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }
}
