package io.jalloy.loki.filematch;

/**
 * Matching of one path element against one pattern element ({@code *}, {@code ?}, classes,
 * escapes), rune by rune as Go does. Stateless.
 */
final class GlobElement {

    private GlobElement() {}

    /** Whether the element holds a wildcard, so the walker must list its directory. */
    static boolean hasMeta(String p) {
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '\\') {
                return true;
            }
        }
        return false;
    }

    /** The literal name an element without wildcards stands for. */
    static String unescape(String p) {
        if (p.indexOf('\\') < 0) {
            return p;
        }
        StringBuilder sb = new StringBuilder(p.length());
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\' && i + 1 < p.length()) {
                c = p.charAt(++i);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Rejects unterminated classes and trailing escapes, as doublestar's ErrBadPattern. */
    static void validate(String p) {
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\') {
                if (++i >= p.length()) {
                    throw new IllegalArgumentException("syntax error in pattern");
                }
            } else if (c == '[') {
                if (classEnd(p, i) < 0) {
                    throw new IllegalArgumentException("syntax error in pattern");
                }
            }
        }
    }

    /** The index just past the class starting at {@code open}, or -1 when it never closes. */
    private static int classEnd(String p, int open) {
        int i = open + 1;
        if (i < p.length() && (p.charAt(i) == '!' || p.charAt(i) == '^')) {
            i++;
        }
        boolean first = true;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == ']' && !first) {
                return i + 1;
            }
            if (c == '\\') {
                i++;
            }
            i++;
            first = false;
        }
        return -1;
    }

    /** Whether {@code name} matches element pattern {@code p} as a whole. */
    static boolean matches(String p, String name) {
        int pi = 0;
        int ni = 0;
        int starP = -1;
        int starN = 0;
        int pn = p.length();
        int nn = name.length();
        while (ni < nn) {
            if (pi < pn) {
                char c = p.charAt(pi);
                if (c == '*') {
                    while (pi < pn && p.charAt(pi) == '*') {
                        pi++;
                    }
                    starP = pi;
                    starN = ni;
                    continue;
                }
                int cp = name.codePointAt(ni);
                int width = Character.charCount(cp);
                if (c == '?') {
                    pi++;
                    ni += width;
                    continue;
                }
                if (c == '[') {
                    int next = matchClass(p, pi, cp);
                    if (next > 0) {
                        pi = next;
                        ni += width;
                        continue;
                    }
                } else {
                    int lit = pi;
                    if (c == '\\' && pi + 1 < pn) {
                        lit = pi + 1;
                    }
                    int pcp = p.codePointAt(lit);
                    if (pcp == cp) {
                        pi = lit + Character.charCount(pcp);
                        ni += width;
                        continue;
                    }
                }
            }
            if (starP < 0) {
                return false;
            }
            pi = starP;
            starN += Character.charCount(name.codePointAt(starN));
            ni = starN;
        }
        while (pi < pn && p.charAt(pi) == '*') {
            pi++;
        }
        return pi == pn;
    }

    /** Index past the class at {@code open} when it admits {@code cp}; negative when it does not. */
    private static int matchClass(String p, int open, int cp) {
        int end = classEnd(p, open);
        if (end < 0) {
            return -1;
        }
        int i = open + 1;
        boolean negate = p.charAt(i) == '!' || p.charAt(i) == '^';
        if (negate) {
            i++;
        }
        boolean matched = false;
        int last = end - 1; // the closing bracket
        while (i < last) {
            int lo = p.codePointAt(i);
            if (lo == '\\') {
                lo = p.codePointAt(++i);
            }
            i += Character.charCount(lo);
            int hi = lo;
            if (i + 1 < last && p.charAt(i) == '-') {
                i++;
                hi = p.codePointAt(i);
                if (hi == '\\') {
                    hi = p.codePointAt(++i);
                }
                i += Character.charCount(hi);
            }
            if (lo <= cp && cp <= hi) {
                matched = true;
            }
        }
        return matched != negate ? end : -1;
    }
}
