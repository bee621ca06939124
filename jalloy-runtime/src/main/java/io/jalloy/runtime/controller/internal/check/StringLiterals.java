package io.jalloy.runtime.controller.internal.check;

/**
 * Reads the text of a string literal as written (quoted with escapes, or back-ticked raw).
 * Validation only needs it to hand constant strings to type checks; the evaluator has its own.
 */
final class StringLiterals {
    private StringLiterals() {}

    static String unquote(String literal) {
        if (literal.length() < 2) {
            return literal;
        }
        char q = literal.charAt(0);
        String inner = literal.substring(1, literal.length() - 1);
        if (q == '`' || inner.indexOf('\\') < 0) {
            return inner;
        }
        StringBuilder sb = new StringBuilder(inner.length());
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c != '\\' || i + 1 >= inner.length()) {
                sb.append(c);
                continue;
            }
            char e = inner.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'v' -> sb.append('\u000b');
                case 'x' -> i = hex(inner, i, 2, sb);
                case 'u' -> i = hex(inner, i, 4, sb);
                case 'U' -> i = hex(inner, i, 8, sb);
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }

    private static int hex(String s, int at, int digits, StringBuilder sb) {
        int end = Math.min(s.length(), at + 1 + digits);
        try {
            sb.appendCodePoint(Integer.parseInt(s.substring(at + 1, end), 16));
        } catch (IllegalArgumentException e) {
            sb.append(s, at - 1, end);
        }
        return end - 1;
    }
}
