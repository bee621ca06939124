package io.jalloy.common.relabel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@code replacement} or {@code target_label} with Go's {@code Regexp.Expand} semantics,
 * parsed once per rule: {@code $1}, {@code ${1}}, {@code $name} and {@code ${name}} insert a group
 * ({@code $name} takes the longest run of letters, digits and underscores, so {@code $1x} names
 * the group {@code 1x}); a missing or unmatched group inserts nothing; {@code $$} is a dollar; a
 * {@code $} not followed by a valid reference is kept as text. Immutable.
 */
final class Template {
    private final String text;
    // Alternating parts: a String literal, or an Integer group number (-1 for no such group).
    private final Object[] parts;

    private Template(String text, Object[] parts) {
        this.text = text;
        this.parts = parts;
    }

    /** Parses {@code text}, resolving group names against {@code regex}. */
    static Template parse(String text, RelabelRegex regex) {
        if (text.indexOf('$') < 0) {
            return new Template(text, null);
        }
        List<Object> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        int groups = regex.groupCount();
        Map<String, Integer> named = regex.namedGroups();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c != '$') {
                lit.append(c);
                i++;
                continue;
            }
            if (i + 1 < n && text.charAt(i + 1) == '$') {
                lit.append('$');
                i += 2;
                continue;
            }
            int start = i + 1;
            boolean brace = start < n && text.charAt(start) == '{';
            int nameStart = brace ? start + 1 : start;
            int j = nameStart;
            while (j < n) {
                int cp = text.codePointAt(j);
                if (!Character.isLetter(cp) && !Character.isDigit(cp) && cp != '_') {
                    break;
                }
                j += Character.charCount(cp);
            }
            if (j == nameStart || (brace && (j >= n || text.charAt(j) != '}'))) {
                lit.append('$'); // malformed: the dollar is plain text
                i++;
                continue;
            }
            String name = text.substring(nameStart, j);
            i = brace ? j + 1 : j;
            if (!lit.isEmpty()) {
                parts.add(lit.toString());
                lit.setLength(0);
            }
            parts.add(resolve(name, groups, named));
        }
        if (!lit.isEmpty()) {
            parts.add(lit.toString());
        }
        return new Template(text, parts.toArray());
    }

    private static Integer resolve(String name, int groups, Map<String, Integer> named) {
        int num = number(name);
        if (num >= 0) {
            return num <= groups ? num : -1;
        }
        Integer g = named.get(name);
        return g == null ? -1 : g;
    }

    // Go's rule: all ASCII digits, no leading zero, below 1e8; otherwise a name.
    private static int number(String name) {
        if (name.length() > 1 && name.charAt(0) == '0') {
            return -1;
        }
        int num = 0;
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            if (c < '0' || c > '9' || num >= 100_000_000) {
                return -1;
            }
            num = num * 10 + (c - '0');
        }
        return num;
    }

    /** Whether the text has no group reference (its expansion is the text itself). */
    boolean isConstant() {
        return parts == null;
    }

    /** The template as written. */
    String text() {
        return text;
    }

    /** Expands against {@code src} matched with group {@code spans} (see {@link RelabelRegex#match}). */
    String expand(String src, int[] spans) {
        if (parts == null) {
            return text;
        }
        if (parts.length == 1 && parts[0] instanceof Integer g) {
            return group(src, spans, g); // the common "$1": no copying beyond the substring
        }
        StringBuilder sb = new StringBuilder(text.length() + src.length());
        for (Object p : parts) {
            if (p instanceof String s) {
                sb.append(s);
            } else {
                int g = (Integer) p;
                if (g >= 0 && 2 * g + 1 < spans.length && spans[2 * g] >= 0) {
                    sb.append(src, spans[2 * g], spans[2 * g + 1]);
                }
            }
        }
        return sb.toString();
    }

    /**
     * Expands against a match of the default regex {@code (.*)}, where groups 0 and 1 are the whole
     * of {@code src}: no spans needed, and {@code $1} gives {@code src} itself.
     */
    String expandWhole(String src) {
        if (parts == null) {
            return text;
        }
        if (parts.length == 1 && parts[0] instanceof Integer g) {
            return g == 0 || g == 1 ? src : "";
        }
        int n = src.length();
        return expand(src, new int[] {0, n, 0, n});
    }

    private static String group(String src, int[] spans, int g) {
        if (g < 0 || 2 * g + 1 >= spans.length || spans[2 * g] < 0) {
            return "";
        }
        int s = spans[2 * g];
        int e = spans[2 * g + 1];
        return s == 0 && e == src.length() ? src : src.substring(s, e);
    }
}
