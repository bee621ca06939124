package io.jalloy.common.relabel;

/**
 * Go's {@code strings.ToLower} and {@code strings.ToUpper}: each code point mapped on its own by
 * Unicode's simple case mapping, so the result never changes length the way Java's
 * {@code toUpperCase} does ({@code ß} stays {@code ß}, {@code İ} lowers to {@code i}). A string
 * that needs no change is returned as it is, without copying.
 */
final class GoCase {
    private GoCase() {}

    static String lower(String s) {
        return map(s, false);
    }

    static String upper(String s) {
        return map(s, true);
    }

    private static String map(String s, boolean upper) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            int cp = s.codePointAt(i);
            if (convert(cp, upper) != cp) {
                break;
            }
            i += Character.charCount(cp);
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n).append(s, 0, i);
        while (i < n) {
            int cp = s.codePointAt(i);
            sb.appendCodePoint(convert(cp, upper));
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    private static int convert(int cp, boolean upper) {
        if (cp < 0x80) {
            if (upper) {
                return cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
            }
            return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
        }
        return upper ? Character.toUpperCase(cp) : Character.toLowerCase(cp);
    }
}
