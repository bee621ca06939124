package io.jalloy.common.relabel;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.jalloy.syntax.decode.ValueCodec;
import io.jalloy.syntax.value.ValueException;
import java.util.Map;

/**
 * A rule's {@code regex}: RE2 syntax, anchored at both ends and with {@code .} matching newlines,
 * as Prometheus 3 and Alloy compile it ({@code ^(?s:<regex>)$}). Common shapes (see
 * {@link MatchShape}) are tested without the regex engine; group extraction skips it for the
 * default {@code (.*)} and for literals. Immutable and thread-safe.
 */
public final class RelabelRegex {

    /** The default regex, {@code (.*)}. */
    public static final RelabelRegex DEFAULT = compileUnchecked("(.*)");

    private static final ValueCodec<RelabelRegex> CODEC = new StringCodec<>(RelabelRegex::compile, RelabelRegex::source);

    private final String source;
    private final Pattern pattern;
    private final boolean matchesAll;
    private final boolean literal;
    private final MatchShape shape; // null when only the regex engine can decide

    private RelabelRegex(String source, Pattern pattern) {
        this.source = source;
        this.pattern = pattern;
        this.matchesAll = source.equals("(.*)");
        this.literal = MatchShape.isLiteral(source);
        this.shape = MatchShape.of(source);
    }

    /** Compiles {@code source}; fails with RE2's (Go's) message when it is not a valid regex. */
    public static RelabelRegex compile(String source) throws ValueException {
        if (source.equals("(.*)") && DEFAULT != null) {
            return DEFAULT;
        }
        try {
            return new RelabelRegex(source, Pattern.compile("^(?s:" + source + ")$"));
        } catch (PatternSyntaxException e) {
            throw new ValueException(e.getMessage());
        }
    }

    private static RelabelRegex compileUnchecked(String source) {
        return new RelabelRegex(source, Pattern.compile("^(?s:" + source + ")$"));
    }

    /** The regex as written, without the anchors. */
    public String source() {
        return source;
    }

    /** Whether this is the default {@code (.*)}. */
    public boolean isDefault() {
        return matchesAll;
    }

    /** Whether the whole of {@code s} matches. */
    public boolean matches(String s) {
        return shape != null ? shape.matches(s) : pattern.matches(s);
    }

    /**
     * Matches the whole of {@code s} and returns the span of each group ({@code start, end} pairs,
     * group 0 first, -1 for a group that did not take part), or null when it does not match.
     */
    int[] match(String s) {
        if (matchesAll) {
            int n = s.length();
            return new int[] {0, n, 0, n};
        }
        if (literal) {
            return source.equals(s) ? new int[] {0, s.length()} : null;
        }
        Matcher m = pattern.matcher(s);
        if (!m.matches()) {
            return null;
        }
        int groups = m.groupCount();
        int[] spans = new int[2 * (groups + 1)];
        for (int g = 0; g <= groups; g++) {
            spans[2 * g] = m.start(g);
            spans[2 * g + 1] = m.end(g);
        }
        return spans;
    }

    /** The number of capturing groups. */
    int groupCount() {
        return matchesAll ? 1 : literal ? 0 : pattern.groupCount();
    }

    /** Group numbers by name. */
    Map<String, Integer> namedGroups() {
        return matchesAll || literal ? Map.of() : pattern.namedGroups();
    }

    /** How the decoder reads a {@code regex} attribute: a string, compiled on the spot. */
    public static ValueCodec<RelabelRegex> alloyCodec() {
        return CODEC;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RelabelRegex r && r.source.equals(source);
    }

    @Override
    public int hashCode() {
        return source.hashCode();
    }

    @Override
    public String toString() {
        return source;
    }
}
