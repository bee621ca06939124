package io.jalloy.common.relabel;

import io.jalloy.common.labels.LabelNames;
import io.jalloy.syntax.scanner.Literals;
import io.jalloy.syntax.value.ValueException;

/**
 * Alloy's configuration-time checks of a rule ({@code relabel.Config.Validate}), with its exact
 * messages. Label names are checked with the UTF-8 rule; a {@code target_label} containing
 * {@code $} must instead be made of name characters and group references.
 */
final class RuleValidation {
    private RuleValidation() {}

    static void check(RelabelRule r) throws ValueException {
        Action a = r.action();
        if (a == null) {
            throw new ValueException("relabel action cannot be empty");
        }
        if (a == Action.HASHMOD && r.modulus() == 0) {
            throw new ValueException("relabel configuration for hashmod requires non-zero modulus");
        }
        boolean writesTarget = a == Action.REPLACE || a == Action.HASHMOD || a == Action.LOWERCASE
                || a == Action.UPPERCASE || a == Action.KEEPEQUAL || a == Action.DROPEQUAL;
        boolean fixedTarget = a == Action.LOWERCASE || a == Action.UPPERCASE || a == Action.KEEPEQUAL
                || a == Action.DROPEQUAL;
        String target = r.targetLabel();
        if (writesTarget && target.isEmpty()) {
            throw new ValueException("relabel configuration for " + a + " action requires 'target_label' value");
        }
        if (a == Action.REPLACE) {
            boolean templated = target.indexOf('$') >= 0;
            if (templated ? !isTargetTemplate(target) : !LabelNames.isValid(target)) {
                throw invalid(target, "target_label", a);
            }
        }
        if (fixedTarget && !LabelNames.isValid(target)) {
            throw invalid(target, "target_label", a);
        }
        if (fixedTarget && !r.replacement().equals(RelabelRule.DEFAULT_REPLACEMENT)) {
            throw new ValueException("'replacement' can not be set for " + a + " action");
        }
        if (a == Action.LABELMAP && !isTargetTemplate(r.replacement())) {
            throw invalid(r.replacement(), "replacement", a);
        }
        if (a == Action.HASHMOD && !LabelNames.isValid(target)) {
            throw invalid(target, "target_label", a);
        }
        if ((a == Action.LABELDROP || a == Action.LABELKEEP)
                && (r.sourceLabels() != null || !target.isEmpty() || r.modulus() != 0
                        || !r.separator().equals(RelabelRule.DEFAULT_SEPARATOR)
                        || !r.replacement().equals(RelabelRule.DEFAULT_REPLACEMENT))) {
            throw new ValueException(a + " action requires only 'regex', and no other fields");
        }
        if ((a == Action.KEEPEQUAL || a == Action.DROPEQUAL)
                && (!r.regex().isDefault() || r.modulus() != 0
                        || !r.separator().equals(RelabelRule.DEFAULT_SEPARATOR)
                        || !r.replacement().equals(RelabelRule.DEFAULT_REPLACEMENT))) {
            throw new ValueException(a + " action requires only 'source_labels' and 'target_label', and no other fields");
        }
    }

    private static ValueException invalid(String value, String field, Action a) {
        return new ValueException(Literals.quote(value) + " is invalid '" + field + "' for " + a + " action");
    }

    /**
     * Prometheus's {@code ^(?:(?:[a-zA-Z_]|\$(?:\{\w+\}|\w+))+\w*)+$}: one or more pieces, each a
     * name start character or a group reference, followed by word characters.
     */
    static boolean isTargetTemplate(String s) {
        int n = s.length();
        if (n == 0) {
            return false;
        }
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (isWord(c)) {
                // Letters, digits and underscores: a digit may not start the whole string.
                if (i == 0 && c >= '0' && c <= '9') {
                    return false;
                }
                i++;
            } else if (c == '$') {
                int j = i + 1;
                if (j < n && s.charAt(j) == '{') {
                    int k = j + 1;
                    while (k < n && isWord(s.charAt(k))) {
                        k++;
                    }
                    if (k == j + 1 || k >= n || s.charAt(k) != '}') {
                        return false;
                    }
                    i = k + 1;
                } else {
                    int k = j;
                    while (k < n && isWord(s.charAt(k))) {
                        k++;
                    }
                    if (k == j) {
                        return false;
                    }
                    i = k;
                }
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean isWord(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
