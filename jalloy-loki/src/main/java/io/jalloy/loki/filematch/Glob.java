package io.jalloy.loki.filematch;

import java.util.ArrayList;
import java.util.List;

/**
 * A path pattern with the semantics of the doublestar library Alloy uses: {@code *} and
 * {@code ?} stay within one path element (and match leading dots), {@code [a-z]} and
 * {@code [!x]} classes, {@code \} escapes, {@code {a,b}} alternatives (which may hold
 * {@code /}), and {@code **} as a whole element for zero or more directories. Immutable and
 * thread-safe; compiling is cold, matching allocates only the split of the path.
 */
public final class Glob {
    /** Alloy would expand more, but beyond this a pattern is a mistake rather than a config. */
    private static final int MAX_ALTERNATIVES = 4096;

    private final String pattern;
    private final List<String[]> alternatives; // brace-free patterns split into elements

    private Glob(String pattern, List<String[]> alternatives) {
        this.pattern = pattern;
        this.alternatives = alternatives;
    }

    /** Compiles {@code pattern}; throws when it is malformed (Go's "syntax error in pattern"). */
    public static Glob compile(String pattern) {
        List<String> expanded = new ArrayList<>();
        expandBraces(pattern, expanded);
        List<String[]> alternatives = new ArrayList<>(expanded.size());
        for (String p : expanded) {
            String[] elements = clean(p).split("/", -1);
            for (String e : elements) {
                GlobElement.validate(e);
            }
            alternatives.add(elements);
        }
        return new Glob(pattern, List.copyOf(alternatives));
    }

    /** The pattern as written. */
    public String pattern() {
        return pattern;
    }

    /** The brace-free alternatives, each split into path elements (the first is empty when absolute). */
    List<String[]> alternatives() {
        return alternatives;
    }

    /** Whether {@code path} (slash-separated) matches the whole pattern, as doublestar's PathMatch. */
    public boolean matches(String path) {
        String[] names = path.split("/", -1);
        for (String[] elements : alternatives) {
            if (matchElements(elements, 0, names, 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchElements(String[] pattern, int pi, String[] names, int ni) {
        while (pi < pattern.length) {
            String p = pattern[pi];
            if (p.equals("**")) {
                for (int k = ni; k <= names.length; k++) {
                    if (matchElements(pattern, pi + 1, names, k)) {
                        return true;
                    }
                }
                return false;
            }
            if (ni >= names.length || !GlobElement.matches(p, names[ni])) {
                return false;
            }
            pi++;
            ni++;
        }
        return ni == names.length;
    }

    /** Go's filepath.Clean for the parts that matter to patterns: duplicate slashes and "." elements. */
    static String clean(String p) {
        if (p.isEmpty()) {
            return ".";
        }
        boolean absolute = p.charAt(0) == '/';
        List<String> out = new ArrayList<>();
        for (String e : p.split("/")) {
            if (e.isEmpty() || e.equals(".")) {
                continue;
            }
            if (e.equals("..") && !out.isEmpty() && !out.getLast().equals("..")) {
                out.removeLast();
                continue;
            }
            if (e.equals("..") && absolute && out.isEmpty()) {
                continue;
            }
            out.add(e);
        }
        String joined = String.join("/", out);
        if (absolute) {
            return "/" + joined;
        }
        return joined.isEmpty() ? "." : joined;
    }

    private static void expandBraces(String p, List<String> out) {
        int open = -1;
        int depth = 0;
        boolean inClass = false;
        List<Integer> commas = new ArrayList<>();
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                if (c == ']') {
                    inClass = false;
                }
            } else if (c == '[') {
                inClass = true;
            } else if (c == '{') {
                if (depth++ == 0) {
                    open = i;
                }
            } else if (c == ',' && depth == 1) {
                commas.add(i);
            } else if (c == '}' && depth > 0) {
                if (--depth == 0) {
                    String prefix = p.substring(0, open);
                    String suffix = p.substring(i + 1);
                    int from = open + 1;
                    for (int comma : commas) {
                        expandBraces(prefix + p.substring(from, comma) + suffix, out);
                        from = comma + 1;
                    }
                    expandBraces(prefix + p.substring(from, i) + suffix, out);
                    return;
                }
            }
        }
        if (depth != 0) {
            throw new IllegalArgumentException("syntax error in pattern");
        }
        if (out.size() >= MAX_ALTERNATIVES) {
            throw new IllegalArgumentException("syntax error in pattern: too many alternatives");
        }
        out.add(p);
    }

    @Override
    public String toString() {
        return pattern;
    }
}
