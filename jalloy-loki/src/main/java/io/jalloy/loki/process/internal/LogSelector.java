package io.jalloy.loki.process.internal;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.jalloy.common.labels.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A LogQL stream selector with optional line filters, as {@code stage.match} takes them:
 * {@code {app="api", env=~"prod|dev"} |= "error" != "debug" |~ "re" !~ "re"}. Label regexes
 * are fully anchored as in Prometheus; line regexes match anywhere. Holds reusable matchers, so
 * an instance belongs to one thread.
 */
public final class LogSelector {
    private enum Op { EQ, NEQ, RE, NRE, CONTAINS, NOT_CONTAINS }

    private record Term(String name, Op op, String value, Matcher regex) {
        boolean test(String v) {
            return switch (op) {
                case EQ -> v.equals(value);
                case NEQ -> !v.equals(value);
                case RE -> regex.reset(v).matches();
                case NRE -> !regex.reset(v).matches();
                case CONTAINS -> v.contains(value);
                case NOT_CONTAINS -> !v.contains(value);
            };
        }
    }

    private final Term[] labelTerms;
    private final Term[] lineTerms;

    private LogSelector(Term[] labelTerms, Term[] lineTerms) {
        this.labelTerms = labelTerms;
        this.lineTerms = lineTerms;
    }

    /** Whether an entry with these labels (looked up by name) and line is selected. */
    public boolean matches(Function<String, String> labels, String line) {
        for (Term t : labelTerms) {
            if (!t.test(labels.apply(t.name))) {
                return false;
            }
        }
        for (Term t : lineTerms) {
            if (!t.test(line)) {
                return false;
            }
        }
        return true;
    }

    /** Whether an entry with {@code labels} and {@code line} is selected. */
    public boolean matches(Labels labels, String line) {
        return matches(labels::get, line);
    }

    /** Parses a selector; the exception's message says what is wrong. */
    public static LogSelector parse(String text) throws IllegalArgumentException {
        Reader r = new Reader(text);
        List<Term> labels = new ArrayList<>();
        r.skipSpace();
        r.expect('{');
        r.skipSpace();
        if (!r.peek('}')) {
            while (true) {
                r.skipSpace();
                String name = r.identifier();
                r.skipSpace();
                Op op;
                if (r.consume("=~")) {
                    op = Op.RE;
                } else if (r.consume("!~")) {
                    op = Op.NRE;
                } else if (r.consume("!=")) {
                    op = Op.NEQ;
                } else if (r.consume("=")) {
                    op = Op.EQ;
                } else {
                    throw r.error("unexpected character, expected a label matcher operator");
                }
                r.skipSpace();
                String value = r.string();
                labels.add(new Term(name, op, value, op == Op.RE || op == Op.NRE ? regex("^(?:" + value + ")$") : null));
                r.skipSpace();
                if (r.consume(",")) {
                    continue;
                }
                break;
            }
        }
        r.skipSpace();
        r.expect('}');
        List<Term> lines = new ArrayList<>();
        while (true) {
            r.skipSpace();
            if (r.atEnd()) {
                break;
            }
            Op op;
            if (r.consume("|=")) {
                op = Op.CONTAINS;
            } else if (r.consume("!=")) {
                op = Op.NOT_CONTAINS;
            } else if (r.consume("|~")) {
                op = Op.RE;
            } else if (r.consume("!~")) {
                op = Op.NRE;
            } else {
                throw r.error("unexpected character, expected a line filter");
            }
            r.skipSpace();
            String value = r.string();
            Matcher m = op == Op.RE || op == Op.NRE ? regex(value) : null;
            lines.add(new Term(null, op == Op.RE || op == Op.NRE ? (op == Op.RE ? Op.RE : Op.NRE) : op, value, m));
        }
        boolean anySelective = false;
        for (Term t : labels) {
            if (!t.test("")) {
                anySelective = true;
            }
        }
        if (!anySelective) {
            throw new IllegalArgumentException("queries require at least one regexp or equality matcher that does not "
                    + "have an empty-compatible value. For instance, app=~\".*\" does not meet this requirement, but "
                    + "app=~\".+\" will");
        }
        Term[] lineTerms = lines.stream()
                .map(t -> t.op == Op.RE ? new Term(null, Op.RE, t.value, t.regex) : t)
                .toArray(Term[]::new);
        return new LogSelector(labels.toArray(new Term[0]), lineTerms);
    }

    private static Matcher regex(String expr) {
        try {
            return Pattern.compile(expr).matcher("");
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    private static final class Reader {
        private final String s;
        private int p;

        Reader(String s) {
            this.s = s;
        }

        boolean atEnd() {
            return p >= s.length();
        }

        void skipSpace() {
            while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
                p++;
            }
        }

        boolean peek(char c) {
            return p < s.length() && s.charAt(p) == c;
        }

        boolean consume(String t) {
            if (s.startsWith(t, p)) {
                p += t.length();
                return true;
            }
            return false;
        }

        void expect(char c) {
            if (!peek(c)) {
                throw error("syntax error: expected '" + c + "'");
            }
            p++;
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException("parse error at line 1, col " + (p + 1) + ": " + message);
        }

        String identifier() {
            int start = p;
            while (p < s.length()) {
                char c = s.charAt(p);
                boolean ok = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (p > start && c >= '0' && c <= '9');
                if (!ok) {
                    break;
                }
                p++;
            }
            if (p == start) {
                throw error("syntax error: expected a label name");
            }
            return s.substring(start, p);
        }

        String string() {
            if (peek('`')) {
                int end = s.indexOf('`', p + 1);
                if (end < 0) {
                    throw error("unterminated raw string");
                }
                String v = s.substring(p + 1, end);
                p = end + 1;
                return v;
            }
            if (!peek('"')) {
                throw error("syntax error: expected a string");
            }
            StringBuilder sb = new StringBuilder();
            p++;
            while (p < s.length()) {
                char c = s.charAt(p++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c != '\\' || p >= s.length()) {
                    sb.append(c);
                    continue;
                }
                char e = s.charAt(p++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'a' -> sb.append('\u0007');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'v' -> sb.append('\u000b');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(s.substring(p, p + 4), 16));
                        p += 4;
                    }
                    default -> sb.append(e);
                }
            }
            throw error("unterminated string");
        }
    }
}
