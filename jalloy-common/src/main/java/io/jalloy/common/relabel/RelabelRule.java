package io.jalloy.common.relabel;

import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Validating;
import io.jalloy.syntax.value.ValueException;
import java.util.List;

/**
 * One {@code rule} block, as Alloy's {@code relabel.Config}: embed it in a component's arguments
 * as {@code @Block(value = "rule", optional = true) List<RelabelRule> rules} and compile the list
 * with {@link RelabelRules#compile}. The regex is compiled while decoding (a bad one is reported at
 * the attribute) and the combination of fields is checked with Alloy's messages once the block is
 * decoded.
 *
 * @param sourceLabels labels whose values are joined with {@code separator}; null when the block
 *     leaves it out (which {@code labeldrop}/{@code labelkeep} require)
 * @param separator placed between the source values, {@code ;} by default
 * @param regex matched against the joined value (or label names), {@code (.*)} by default
 * @param modulus for {@code hashmod}
 * @param targetLabel the label written by {@code replace}, {@code hashmod}, {@code lowercase},
 *     {@code uppercase}, or compared by {@code keepequal}/{@code dropequal}
 * @param replacement the value written by {@code replace} (or the name by {@code labelmap}),
 *     {@code $1} by default
 * @param action what the rule does, {@code replace} by default
 */
public record RelabelRule(
        @Attr(value = "source_labels", optional = true) List<String> sourceLabels,
        @Attr(value = "separator", optional = true) String separator,
        @Attr(value = "regex", optional = true) RelabelRegex regex,
        @Attr(value = "modulus", optional = true) long modulus,
        @Attr(value = "target_label", optional = true) String targetLabel,
        @Attr(value = "replacement", optional = true) String replacement,
        @Attr(value = "action", optional = true) Action action)
        implements Validating {

    /** The default separator. */
    public static final String DEFAULT_SEPARATOR = ";";

    /** The default replacement. */
    public static final String DEFAULT_REPLACEMENT = "$1";

    public RelabelRule {
        sourceLabels = sourceLabels == null ? null : List.copyOf(sourceLabels);
    }

    /** A rule with every default: {@code replace}, {@code (.*)}, {@code ;}, {@code $1}. */
    public static RelabelRule defaults() {
        return new RelabelRule(null, DEFAULT_SEPARATOR, RelabelRegex.DEFAULT, 0, "", DEFAULT_REPLACEMENT, Action.REPLACE);
    }

    /** The source labels, empty when none were given. */
    public List<String> sourceLabelsOrEmpty() {
        return sourceLabels == null ? List.of() : sourceLabels;
    }

    /** Copies with one field changed, for building rules in code. */
    public RelabelRule withSourceLabels(String... labels) {
        return new RelabelRule(List.of(labels), separator, regex, modulus, targetLabel, replacement, action);
    }

    public RelabelRule withSeparator(String s) {
        return new RelabelRule(sourceLabels, s, regex, modulus, targetLabel, replacement, action);
    }

    public RelabelRule withRegex(String r) throws ValueException {
        return new RelabelRule(sourceLabels, separator, RelabelRegex.compile(r), modulus, targetLabel, replacement, action);
    }

    public RelabelRule withModulus(long m) {
        return new RelabelRule(sourceLabels, separator, regex, m, targetLabel, replacement, action);
    }

    public RelabelRule withTargetLabel(String t) {
        return new RelabelRule(sourceLabels, separator, regex, modulus, t, replacement, action);
    }

    public RelabelRule withReplacement(String r) {
        return new RelabelRule(sourceLabels, separator, regex, modulus, targetLabel, r, action);
    }

    public RelabelRule withAction(Action a) {
        return new RelabelRule(sourceLabels, separator, regex, modulus, targetLabel, replacement, a);
    }

    /** Checks the combination of fields with Alloy's messages, in Alloy's order. */
    @Override
    public void validate() throws ValueException {
        RuleValidation.check(this);
    }
}
