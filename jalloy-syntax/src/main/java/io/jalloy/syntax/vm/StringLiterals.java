package io.jalloy.syntax.vm;

/**
 * Go's unquoting of "double-quoted" and `raw` string literals. The scanner has already checked
 * the escapes, so this only decodes them.
 */
final class StringLiterals {
    private StringLiterals() {}

    static String unquote(String lit) {
        if (lit.length() >= 2 && lit.charAt(0) == '`') {
            return lit.substring(1, lit.length() - 1).replace("\r", "");
        }
        String body = lit.substring(1, lit.length() - 1);
        if (body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder sb = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case '\\' -> sb.append('\\');
                case '"' -> sb.append('"');
                case '\'' -> sb.append('\'');
                case 'x' -> {
                    sb.append((char) Integer.parseInt(body.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                case 'u' -> {
                    sb.appendCodePoint(Integer.parseInt(body.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 'U' -> {
                    sb.appendCodePoint(Integer.parseInt(body.substring(i + 1, i + 9), 16));
                    i += 8;
                }
                default -> {
                    sb.append((char) Integer.parseInt(body.substring(i, i + 3), 8));
                    i += 2;
                }
            }
        }
        return sb.toString();
    }
}
