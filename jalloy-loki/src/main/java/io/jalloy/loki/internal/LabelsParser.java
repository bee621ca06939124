package io.jalloy.loki.internal;

import io.jalloy.common.labels.Labels;
import io.jalloy.syntax.scanner.Literals;

/**
 * Parses Loki's stream notation {@code {a="b", c="d"}} (what push requests carry) into labels.
 * Values are Go-quoted strings; only the {@code =} matcher is meaningful in a push.
 */
public final class LabelsParser {
    private LabelsParser() {}

    /**
     * Parses {@code text}.
     *
     * @throws IllegalArgumentException with a reason when the text is not a label set
     */
    public static Labels parse(String text) {
        int n = text.length();
        int i = skipSpace(text, 0);
        if (i >= n || text.charAt(i) != '{') {
            throw new IllegalArgumentException("parse error: expected '{' in " + text);
        }
        i = skipSpace(text, i + 1);
        Labels.Builder b = new Labels.Builder();
        while (i < n && text.charAt(i) != '}') {
            int nameStart = i;
            while (i < n && isNameChar(text.charAt(i))) {
                i++;
            }
            if (i == nameStart) {
                throw new IllegalArgumentException("parse error: expected label name in " + text);
            }
            String name = text.substring(nameStart, i);
            i = skipSpace(text, i);
            if (i >= n || text.charAt(i) != '=') {
                throw new IllegalArgumentException("parse error: expected '=' after " + name + " in " + text);
            }
            i = skipSpace(text, i + 1);
            if (i >= n || text.charAt(i) != '"') {
                throw new IllegalArgumentException("parse error: expected quoted value for " + name + " in " + text);
            }
            int valueStart = i++;
            while (i < n && text.charAt(i) != '"') {
                i += text.charAt(i) == '\\' ? 2 : 1;
            }
            if (i >= n) {
                throw new IllegalArgumentException("parse error: unterminated value for " + name + " in " + text);
            }
            i++;
            String quoted = text.substring(valueStart, i);
            b.set(name, quoted.indexOf('\\') < 0 ? quoted.substring(1, quoted.length() - 1) : Literals.unquote(quoted));
            i = skipSpace(text, i);
            if (i < n && text.charAt(i) == ',') {
                i = skipSpace(text, i + 1);
            }
        }
        if (i >= n) {
            throw new IllegalArgumentException("parse error: expected '}' in " + text);
        }
        return b.build();
    }

    private static boolean isNameChar(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\n')) {
            i++;
        }
        return i;
    }
}
