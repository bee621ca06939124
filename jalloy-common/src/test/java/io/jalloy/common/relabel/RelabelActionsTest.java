package io.jalloy.common.relabel;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.labels.Labels;
import org.junit.jupiter.api.Test;

/** Each action with Prometheus's documented behaviour, rules written as Alloy blocks. */
class RelabelActionsTest {

    private static Labels run(String rules, Labels in) throws Exception {
        return RuleText.compile(rules).process(in);
    }

    @Test
    void replaceJoinsSourceLabelsWithTheSeparatorAndExpandsGroups() throws Exception {
        Labels out = run("""
                rule {
                  source_labels = ["host", "port"]
                  separator     = ":"
                  regex         = "(.+):(\\\\d+)"
                  target_label  = "__address__"
                  replacement   = "${1}.internal:$2"
                }
                """, Labels.of("host", "db1", "port", "5432"));
        assertThat(out).isEqualTo(Labels.of("host", "db1", "port", "5432", "__address__", "db1.internal:5432"));
    }

    @Test
    void replaceChainsRulesSoLaterRulesSeeEarlierResults() throws Exception {
        Labels out = run("""
                rule {
                  source_labels = ["x", "y"]
                  regex         = "q(.*);(.*)s"
                  target_label  = "x"
                  replacement   = "z${1}${2}z"
                }
                rule {
                  source_labels = ["w", "x"]
                  regex         = "(w)o(w);z(.*)z"
                  target_label  = "v"
                  replacement   = "$1$2$2$3"
                }
                """, Labels.of("x", "qrr", "y", "tts", "w", "wow"));
        assertThat(out.get("x")).isEqualTo("zrrttz");
        assertThat(out.get("v")).isEqualTo("wwwrrtt");
    }

    @Test
    void replaceWithoutAMatchChangesNothingAndReturnsTheInputInstance() throws Exception {
        Labels in = Labels.of("a", "boo");
        Labels out = run("""
                rule {
                  source_labels = ["a"]
                  regex         = "f"
                  target_label  = "b"
                  replacement   = "bar"
                }
                """, in);
        assertThat(out).isSameAs(in);
    }

    @Test
    void replaceWithAnEmptyResultDeletesTheTargetLabel() throws Exception {
        Labels out = run("""
                rule {
                  source_labels = ["a"]
                  regex         = "(f).*"
                  target_label  = "$1"
                  replacement   = "$2"
                }
                """, Labels.of("a", "foo", "f", "baz"));
        assertThat(out).isEqualTo(Labels.of("a", "foo"));
    }

    @Test
    void replaceSkipsATargetLabelThatExpandsToNothing() throws Exception {
        Labels in = Labels.of("a", "some-name-0");
        Labels out = run("""
                rule {
                  source_labels = ["a"]
                  regex         = "some-([^-]+)-([^,]+)"
                  target_label  = "${3}"
                  replacement   = "${1}"
                }
                """, in);
        assertThat(out).isSameAs(in);
    }

    @Test
    void replaceCanNameTheTargetLabelFromAGroup() throws Exception {
        Labels out = run("""
                rule {
                  source_labels = ["__meta_tags"]
                  regex         = "(?:.+,|^)label:([^=]+)=([^,]+).*"
                  target_label  = "${1}"
                  replacement   = "${2}"
                }
                """, Labels.of("__meta_tags", "path:/x,label:team=core,zone:a"));
        assertThat(out.get("team")).isEqualTo("core");
    }

    @Test
    void defaultRuleCopiesTheJoinedValueIntoTheTarget() throws Exception {
        Labels out = run("""
                rule {
                  source_labels = ["__address__"]
                  target_label  = "instance"
                }
                """, Labels.of("__address__", "h:9100"));
        assertThat(out.get("instance")).isEqualTo("h:9100");
    }

    @Test
    void staticReplacementWithoutSourceLabelsAddsALabel() throws Exception {
        Labels out = run("""
                rule {
                  target_label = "env"
                  replacement  = "prod"
                }
                """, Labels.of("job", "api"));
        assertThat(out).isEqualTo(Labels.of("job", "api", "env", "prod"));
    }

    @Test
    void settingALabelToTheValueItHasReturnsTheInputInstance() throws Exception {
        Labels in = Labels.of("job", "api", "env", "prod");
        assertThat(run("""
                rule {
                  target_label = "env"
                  replacement  = "prod"
                }
                """, in)).isSameAs(in);
    }

    @Test
    void dotMatchesNewlinesAsInPrometheusThree() throws Exception {
        assertThat(run("""
                rule {
                  source_labels = ["msg"]
                  regex         = "first.*last"
                  action        = "drop"
                }
                """, Labels.of("msg", "first\nlast"))).isNull();
    }

    @Test
    void dropRemovesMatchingSetsAndKeepsOthers() throws Exception {
        String rule = """
                rule {
                  source_labels = ["app"]
                  regex         = ".*end"
                  action        = "drop"
                }
                """;
        assertThat(run(rule, Labels.of("app", "frontend"))).isNull();
        Labels in = Labels.of("app", "database");
        assertThat(run(rule, in)).isSameAs(in);
    }

    @Test
    void regexIsAnchoredAtBothEnds() throws Exception {
        String rule = """
                rule {
                  source_labels = ["a"]
                  regex         = "o|x"
                  action        = "drop"
                }
                """;
        assertThat(run(rule, Labels.of("a", "foo"))).isNotNull();
        assertThat(run(rule, Labels.of("a", "x"))).isNull();
    }

    @Test
    void keepDropsSetsThatDoNotMatch() throws Exception {
        String rule = """
                rule {
                  source_labels = ["app"]
                  regex         = "backend"
                  action        = "keep"
                }
                """;
        assertThat(run(rule, Labels.of("app", "frontend"))).isNull();
        assertThat(run(rule, Labels.of("app", "backend"))).isNotNull();
        assertThat(run(rule, Labels.of("other", "x"))).isNull();
    }

    @Test
    void keepOnAMissingLabelMatchesTheEmptyString() throws Exception {
        assertThat(run("""
                rule {
                  source_labels = ["missing"]
                  regex         = ""
                  action        = "keep"
                }
                """, Labels.of("a", "b"))).isNotNull();
    }

    @Test
    void keepequalKeepsOnlyWhenTheTargetLabelEqualsTheSourceValue() throws Exception {
        String rule = """
                rule {
                  source_labels = ["__tmp_port"]
                  target_label  = "%s"
                  action        = "keepequal"
                }
                """;
        Labels in = Labels.of("__tmp_port", "8080", "__p1", "8080", "__p2", "9090");
        assertThat(run(rule.formatted("__p1"), in)).isSameAs(in);
        assertThat(run(rule.formatted("__p2"), in)).isNull();
    }

    @Test
    void dropequalDropsWhenTheTargetLabelEqualsTheSourceValue() throws Exception {
        String rule = """
                rule {
                  source_labels = ["__tmp_port"]
                  target_label  = "%s"
                  action        = "dropequal"
                }
                """;
        Labels in = Labels.of("__tmp_port", "8080", "__p1", "8080", "__p2", "9090");
        assertThat(run(rule.formatted("__p1"), in)).isNull();
        assertThat(run(rule.formatted("__p2"), in)).isSameAs(in);
    }

    @Test
    void labelmapCopiesMatchingLabelsUnderExpandedNames() throws Exception {
        Labels out = run("""
                rule {
                  action      = "labelmap"
                  regex       = "__meta_(my.*)"
                  replacement = "${1}"
                }
                """, Labels.of("a", "x", "__meta_my_one", "1", "__meta_my_two", "2", "__meta_other", "3"));
        assertThat(out).isEqualTo(Labels.of("a", "x", "__meta_my_one", "1", "__meta_my_two", "2",
                "__meta_other", "3", "my_one", "1", "my_two", "2"));
    }

    @Test
    void labelmapWithAPrefixedReplacement() throws Exception {
        Labels out = run("""
                rule {
                  action      = "labelmap"
                  regex       = "(k.*)"
                  replacement = "copy_${1}"
                }
                """, Labels.of("a", "x", "k1", "v1", "k2", "v2"));
        assertThat(out.toMap()).containsEntry("copy_k1", "v1").containsEntry("copy_k2", "v2").hasSize(5);
    }

    @Test
    void labeldropRemovesLabelsWhoseNamesMatch() throws Exception {
        Labels out = run("""
                rule {
                  action = "labeldrop"
                  regex  = "__meta(.*)|__tmp(.*)|instance"
                }
                """, Labels.of("__meta_x", "1", "__tmp_y", "2", "instance", "i", "job", "j"));
        assertThat(out).isEqualTo(Labels.of("job", "j"));
    }

    @Test
    void labelkeepRemovesLabelsWhoseNamesDoNotMatch() throws Exception {
        Labels out = run("""
                rule {
                  action = "labelkeep"
                  regex  = "(k.*)"
                }
                """, Labels.of("a", "x", "k1", "v1", "k2", "v2"));
        assertThat(out).isEqualTo(Labels.of("k1", "v1", "k2", "v2"));
    }

    @Test
    void labeldropThenReplaceRecreatesTheLabel() throws Exception {
        // Prometheus issue 12283: a label dropped earlier can be set again by a later rule.
        Labels out = run("""
                rule {
                  action = "labeldrop"
                  regex  = "^port_name$"
                }
                rule {
                  source_labels = ["annotation_port"]
                  regex         = "(.+)"
                  target_label  = "port_name"
                  replacement   = "metrics"
                }
                rule {
                  source_labels = ["port_name"]
                  regex         = "^metrics$"
                  action        = "keep"
                }
                """, Labels.of("port_name", "http", "annotation_port", "9091"));
        assertThat(out).isEqualTo(Labels.of("annotation_port", "9091", "port_name", "metrics"));
    }

    @Test
    void lowercaseAndUppercaseWriteTheConvertedValue() throws Exception {
        Labels out = run("""
                rule {
                  source_labels = ["name"]
                  target_label  = "upper"
                  action        = "uppercase"
                }
                rule {
                  source_labels = ["name"]
                  target_label  = "lower"
                  action        = "lowercase"
                }
                """, Labels.of("name", "MiXeD42Case"));
        assertThat(out).isEqualTo(Labels.of("name", "MiXeD42Case", "upper", "MIXED42CASE", "lower", "mixed42case"));
    }

    @Test
    void noRulesReturnTheInputInstance() throws Exception {
        Labels in = Labels.of("a", "b");
        assertThat(RuleText.compile("").process(in)).isSameAs(in);
    }

    @Test
    void processBuilderRelabelsLabelsTheCallerAlreadyEdited() throws Exception {
        RelabelRules rules = RuleText.compile("""
                rule {
                  source_labels = ["extra"]
                  target_label  = "copy"
                }
                """);
        Labels.Builder b = Labels.of("a", "b").toBuilder().set("extra", "x");
        assertThat(rules.processBuilder(b)).isTrue();
        assertThat(b.build()).isEqualTo(Labels.of("a", "b", "extra", "x", "copy", "x"));
    }
}
