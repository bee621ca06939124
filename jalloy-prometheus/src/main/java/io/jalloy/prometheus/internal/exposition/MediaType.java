package io.jalloy.prometheus.internal.exposition;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The subset of Go's {@code mime.ParseMediaType} that negotiation needs: the lowercase media type
 * and Go's error texts for malformed headers (parameters are validated, not returned).
 */
final class MediaType {
    private MediaType() {}

    record Parsed(String mediaType, String error) {}

    static Parsed parse(String v) {
        int semi = v.indexOf(';');
        String base = (semi < 0 ? v : v.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
        String err = checkType(base);
        if (err != null) {
            return new Parsed("", err);
        }
        String rest = semi < 0 ? "" : v.substring(semi);
        Set<String> seen = new HashSet<>();
        while (!rest.isEmpty()) {
            rest = trimLeft(rest);
            if (rest.isEmpty()) {
                break;
            }
            if (rest.charAt(0) != ';') {
                return new Parsed(base, "mime: invalid media parameter");
            }
            rest = trimLeft(rest.substring(1));
            if (rest.isEmpty()) {
                break; // a trailing semicolon is tolerated
            }
            int k = tokenEnd(rest, 0);
            String key = rest.substring(0, k).toLowerCase(Locale.ROOT);
            if (key.isEmpty()) {
                return new Parsed(base, "mime: invalid media parameter");
            }
            rest = trimLeft(rest.substring(k));
            if (rest.isEmpty() || rest.charAt(0) != '=') {
                return new Parsed(base, "mime: invalid media parameter");
            }
            rest = trimLeft(rest.substring(1));
            int vEnd = valueEnd(rest);
            if (vEnd <= 0) {
                return new Parsed(base, "mime: invalid media parameter");
            }
            rest = rest.substring(vEnd);
            if (!seen.add(key)) {
                return new Parsed(base, "mime: duplicate parameter name");
            }
        }
        return new Parsed(base, null);
    }

    private static String checkType(String s) {
        int k = tokenEnd(s, 0);
        if (k == 0) {
            return "mime: no media type";
        }
        if (k == s.length()) {
            return null;
        }
        if (s.charAt(k) != '/') {
            return "mime: expected slash after first token";
        }
        int j = tokenEnd(s, k + 1);
        if (j == k + 1) {
            return "mime: expected token after slash";
        }
        return j == s.length() ? null : "mime: unexpected content after media subtype";
    }

    private static int valueEnd(String s) {
        if (!s.isEmpty() && s.charAt(0) == '"') {
            for (int k = 1; k < s.length(); k++) {
                char c = s.charAt(k);
                if (c == '\\') {
                    k++;
                } else if (c == '"') {
                    return k + 1;
                }
            }
            return -1;
        }
        return tokenEnd(s, 0);
    }

    private static int tokenEnd(String s, int from) {
        int k = from;
        while (k < s.length() && isTokenChar(s.charAt(k))) {
            k++;
        }
        return k;
    }

    private static boolean isTokenChar(char c) {
        return c > 0x20 && c < 0x7f && "()<>@,;:\\\"/[]?=".indexOf(c) < 0;
    }

    private static String trimLeft(String s) {
        int k = 0;
        while (k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
            k++;
        }
        return s.substring(k);
    }
}
