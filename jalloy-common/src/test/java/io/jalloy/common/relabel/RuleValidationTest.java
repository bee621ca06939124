package io.jalloy.common.relabel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jalloy.syntax.diag.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Configuration-time checks of {@code rule} blocks, with Alloy's messages and positions. */
class RuleValidationTest {

    private static String error(String body) {
        try {
            RuleText.decode("rule {\n" + body.replace("\\n", "\n") + "\n}\n");
        } catch (Diagnostics d) {
            return d.list().getFirst().message();
        }
        throw new AssertionError("expected a configuration error for: " + body);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "action = \"hashmod\"\\ntarget_label = \"x\"                 | relabel configuration for hashmod requires non-zero modulus",
        "action = \"replace\"                                      | relabel configuration for replace action requires 'target_label' value",
        "source_labels = [\"a\"]                                   | relabel configuration for replace action requires 'target_label' value",
        "action = \"lowercase\"                                    | relabel configuration for lowercase action requires 'target_label' value",
        "action = \"uppercase\"                                    | relabel configuration for uppercase action requires 'target_label' value",
        "action = \"keepequal\"                                    | relabel configuration for keepequal action requires 'target_label' value",
        "action = \"dropequal\"                                    | relabel configuration for dropequal action requires 'target_label' value",
        "action = \"hashmod\"\\nmodulus = 3                         | relabel configuration for hashmod action requires 'target_label' value",
        "target_label = \"-${3}\"                                  | \"-${3}\" is invalid 'target_label' for replace action",
        "target_label = \"0${3}\"                                  | \"0${3}\" is invalid 'target_label' for replace action",
        "target_label = \"foo${\"                                  | \"foo${\" is invalid 'target_label' for replace action",
        "action = \"lowercase\"\\ntarget_label = \"x\"\\nreplacement = \"y\" | 'replacement' can not be set for lowercase action",
        "action = \"keepequal\"\\ntarget_label = \"x\"\\nreplacement = \"y\" | 'replacement' can not be set for keepequal action",
        "action = \"labelmap\"\\nreplacement = \"-x\"                 | \"-x\" is invalid 'replacement' for labelmap action",
        "action = \"labelmap\"\\nreplacement = \"\"                   | \"\" is invalid 'replacement' for labelmap action",
        "action = \"labeldrop\"\\nsource_labels = []                 | labeldrop action requires only 'regex', and no other fields",
        "action = \"labelkeep\"\\ntarget_label = \"x\"                | labelkeep action requires only 'regex', and no other fields",
        "action = \"labeldrop\"\\nseparator = \",\"                   | labeldrop action requires only 'regex', and no other fields",
        "action = \"labelkeep\"\\nmodulus = 2                        | labelkeep action requires only 'regex', and no other fields",
        "action = \"labeldrop\"\\nreplacement = \"x\"                 | labeldrop action requires only 'regex', and no other fields",
        "action = \"keepequal\"\\ntarget_label = \"x\"\\nregex = \"a\"    | keepequal action requires only 'source_labels' and 'target_label', and no other fields",
        "action = \"dropequal\"\\ntarget_label = \"x\"\\nseparator = \",\" | dropequal action requires only 'source_labels' and 'target_label', and no other fields",
        "action = \"dropequal\"\\ntarget_label = \"x\"\\nmodulus = 5      | dropequal action requires only 'source_labels' and 'target_label', and no other fields",
        "action = \"explode\"                                      | unrecognized action type \"explode\"",
        "action = \"\"                                             | unrecognized action type \"\"",
        "action = \"Replace\"                                      | unrecognized action type \"Replace\"",
        "regex = \"(abc\"                                          | error parsing regexp: missing closing ): `^(?s:(abc)$`",
        "regex = \"a**\"                                           | error parsing regexp: invalid nested repetition operator: `**`",
    })
    void reportsAlloysMessage(String body, String expected) {
        assertThat(error(body)).isEqualTo(expected);
    }

    @Test
    void validRulesDecodeWithTheirDefaults() throws Exception {
        List<RelabelRule> rules = RuleText.decode("""
                rule {
                  target_label = "x"
                }
                rule {
                  action = "lowercase"
                  target_label = "${3}"
                }
                rule {
                  source_labels = ["a"]
                  regex         = "some-([^-]+)-([^,]+)"
                  target_label  = "${3}"
                  replacement   = "${1}"
                }
                rule {
                  action = "labeldrop"
                  regex  = "tmp_.*"
                }
                """);
        assertThat(rules).hasSize(4);
        RelabelRule first = rules.getFirst();
        assertThat(first.action()).isEqualTo(Action.REPLACE);
        assertThat(first.separator()).isEqualTo(";");
        assertThat(first.regex()).isEqualTo(RelabelRegex.DEFAULT);
        assertThat(first.replacement()).isEqualTo("$1");
        assertThat(first.sourceLabels()).isNull();
        assertThat(first.modulus()).isZero();
    }

    @Test
    void aValidationErrorIsPlacedOnTheRuleBlock() {
        assertThatThrownBy(() -> RuleText.decode("\n\nrule {\n  action = \"hashmod\"\n}\n"))
                .isInstanceOfSatisfying(Diagnostics.class, d -> {
                    assertThat(d.list().getFirst().start().line()).isEqualTo(3);
                    assertThat(d.list().getFirst().start().column()).isEqualTo(1);
                });
    }

    @Test
    void aBadRegexIsPlacedOnTheValue() {
        assertThatThrownBy(() -> RuleText.decode("rule {\n  regex = \"(x\"\n}\n"))
                .isInstanceOfSatisfying(Diagnostics.class, d -> {
                    assertThat(d.list().getFirst().start().line()).isEqualTo(2);
                    assertThat(d.list().getFirst().start().column()).isEqualTo(11);
                });
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" valid={1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "-label      | false", "label      | true", "label${1}  | true", "${1}label  | true",
        "${1}        | true", "${         | false", "$          | false", "${}        | false",
        "foo${       | false", "$1         | true", "asd$2asd   | true", "-foo${1}bar- | false",
        "_${1}_      | true", "foo${bar}foo | true", "1abc       | false", "a-b        | false",
    })
    void targetTemplatesFollowPrometheusPattern(String template, boolean valid) {
        assertThat(RuleValidation.isTargetTemplate(template)).isEqualTo(valid);
    }
}
