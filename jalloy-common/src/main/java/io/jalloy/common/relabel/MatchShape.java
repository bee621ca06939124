package io.jalloy.common.relabel;

/**
 * A regex recognised as a plain string test, so that whole-string matching skips the regex engine
 * for the shapes relabeling configurations use most: {@code (.*)}, a literal, alternatives of
 * literals ({@code a|b|c}), a literal prefix or suffix ({@code __meta_.*}, {@code .*_total},
 * optionally captured: {@code __meta_(.+)}) and a literal infix ({@code .*foo.*}). Because rules
 * compile with {@code (?s:...)}, {@code .} matches every character, newlines included. Immutable.
 */
final class MatchShape {
    private static final String META = "\\.+*?()|[]{}^$";

    private enum Kind { ANY, LITERAL, ONE_OF, PREFIX, SUFFIX, INFIX }

    private final Kind kind;
    private final String[] literals;
    private final boolean nonEmptyRest; // the wildcard part is .+ rather than .*

    private MatchShape(Kind kind, boolean nonEmptyRest, String... literals) {
        this.kind = kind;
        this.literals = literals;
        this.nonEmptyRest = nonEmptyRest;
    }

    /** The shape of {@code source}, or null when only the regex engine can decide. */
    static MatchShape of(String source) {
        if (source.equals("(.*)") || source.equals(".*")) {
            return new MatchShape(Kind.ANY, false);
        }
        if (isLiteral(source)) {
            return new MatchShape(Kind.LITERAL, false, source);
        }
        if (source.indexOf('|') > 0 && !source.endsWith("|")) {
            String[] alts = source.split("\\|", -1);
            for (String a : alts) {
                if (!isLiteral(a)) {
                    return null;
                }
            }
            return new MatchShape(Kind.ONE_OF, false, alts);
        }
        for (String wild : new String[] {".*", ".+", "(.*)", "(.+)"}) {
            boolean plus = wild.contains("+");
            if (source.endsWith(wild)) {
                String head = source.substring(0, source.length() - wild.length());
                if (isLiteral(head)) {
                    return new MatchShape(Kind.PREFIX, plus, head);
                }
                if (!plus && head.startsWith(".*") && isLiteral(head.substring(2)) && !head.substring(2).isEmpty()) {
                    return wild.equals(".*") ? new MatchShape(Kind.INFIX, false, head.substring(2)) : null;
                }
            }
            if (source.startsWith(wild) && isLiteral(source.substring(wild.length()))) {
                return new MatchShape(Kind.SUFFIX, plus, source.substring(wild.length()));
            }
        }
        return null;
    }

    /** Whether the regex this shape stands for matches the whole of {@code s}. */
    boolean matches(String s) {
        return switch (kind) {
            case ANY -> true;
            case LITERAL -> literals[0].equals(s);
            case ONE_OF -> oneOf(s);
            case PREFIX -> s.startsWith(literals[0]) && (!nonEmptyRest || s.length() > literals[0].length());
            case SUFFIX -> s.endsWith(literals[0]) && (!nonEmptyRest || s.length() > literals[0].length());
            case INFIX -> s.contains(literals[0]);
        };
    }

    private boolean oneOf(String s) {
        for (String l : literals) {
            if (l.equals(s)) {
                return true;
            }
        }
        return false;
    }

    static boolean isLiteral(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (META.indexOf(s.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
