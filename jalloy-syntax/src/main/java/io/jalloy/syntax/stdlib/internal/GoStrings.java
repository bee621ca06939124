package io.jalloy.syntax.stdlib.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Go's {@code strings} and {@code path/filepath} functions that Alloy exposes, with Go's edge cases
 * (empty separators, rune-wise trimming, Unicode white space, lexical path cleaning).
 */
public final class GoStrings {
    private GoStrings() {}

    /** {@code strings.Split}: an empty separator splits after each rune. */
    public static List<String> split(String s, String sep) {
        List<String> out = new ArrayList<>();
        if (sep.isEmpty()) {
            for (int i = 0; i < s.length(); ) {
                int next = s.offsetByCodePoints(i, 1);
                out.add(s.substring(i, next));
                i = next;
            }
            return out;
        }
        int start = 0;
        int at;
        while ((at = s.indexOf(sep, start)) >= 0) {
            out.add(s.substring(start, at));
            start = at + sep.length();
        }
        out.add(s.substring(start));
        return out;
    }

    /** {@code strings.ReplaceAll}: an empty {@code old} matches before each rune and at the end. */
    public static String replaceAll(String s, String old, String replacement) {
        if (!old.isEmpty()) {
            return s.replace(old, replacement);
        }
        StringBuilder sb = new StringBuilder(replacement);
        for (int i = 0; i < s.length(); ) {
            int next = s.offsetByCodePoints(i, 1);
            sb.append(s, i, next).append(replacement);
            i = next;
        }
        return sb.toString();
    }

    /** {@code strings.Trim}: drops leading and trailing runes found in {@code cutset}. */
    public static String trim(String s, String cutset) {
        if (s.isEmpty() || cutset.isEmpty()) {
            return s;
        }
        int start = 0;
        while (start < s.length()) {
            int r = s.codePointAt(start);
            if (cutset.indexOf(r) < 0) {
                break;
            }
            start += Character.charCount(r);
        }
        int end = s.length();
        while (end > start) {
            int r = s.codePointBefore(end);
            if (cutset.indexOf(r) < 0) {
                break;
            }
            end -= Character.charCount(r);
        }
        return s.substring(start, end);
    }

    /** {@code strings.TrimSpace}, with Go's {@code unicode.IsSpace}. */
    public static String trimSpace(String s) {
        int start = 0;
        while (start < s.length() && isSpace(s.charAt(start))) {
            start++;
        }
        int end = s.length();
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Go's {@code unicode.IsSpace} (every white-space rune is in the BMP). */
    public static boolean isSpace(char c) {
        return switch (c) {
            case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000 -> true;
            default -> c >= 0x2000 && c <= 0x200A;
        };
    }

    public static String toLower(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(r -> sb.appendCodePoint(Character.toLowerCase(r)));
        return sb.toString();
    }

    public static String toUpper(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(r -> sb.appendCodePoint(Character.toUpperCase(r)));
        return sb.toString();
    }

    /** {@code filepath.Join} on a Unix-like system: joins the non-empty elements and cleans. */
    public static String pathJoin(List<String> elems) {
        for (int i = 0; i < elems.size(); i++) {
            if (!elems.get(i).isEmpty()) {
                return cleanPath(String.join("/", elems.subList(i, elems.size())));
            }
        }
        return "";
    }

    /** {@code path.Clean}: the shortest lexically equivalent path. */
    public static String cleanPath(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        boolean rooted = path.charAt(0) == '/';
        int n = path.length();
        StringBuilder out = new StringBuilder(n);
        int r = 0;
        int dotdot = 0;
        if (rooted) {
            out.append('/');
            r = 1;
            dotdot = 1;
        }
        while (r < n) {
            char c = path.charAt(r);
            if (c == '/') {
                r++;
            } else if (c == '.' && (r + 1 == n || path.charAt(r + 1) == '/')) {
                r++;
            } else if (c == '.' && path.charAt(r + 1) == '.' && (r + 2 == n || path.charAt(r + 2) == '/')) {
                r += 2;
                if (out.length() > dotdot) {
                    int w = out.length() - 1;
                    while (w > dotdot && out.charAt(w) != '/') {
                        w--;
                    }
                    out.setLength(w);
                } else if (!rooted) {
                    if (!out.isEmpty()) {
                        out.append('/');
                    }
                    out.append("..");
                    dotdot = out.length();
                }
            } else {
                if ((rooted && out.length() != 1) || (!rooted && !out.isEmpty())) {
                    out.append('/');
                }
                while (r < n && path.charAt(r) != '/') {
                    out.append(path.charAt(r++));
                }
            }
        }
        return out.isEmpty() ? "." : out.toString();
    }
}
