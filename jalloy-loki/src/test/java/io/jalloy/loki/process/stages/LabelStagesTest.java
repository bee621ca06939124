package io.jalloy.loki.process.stages;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.labels.Labels;
import org.junit.jupiter.api.Test;

/** Stages that edit labels, metadata, the line and the tenant, from Alloy's loki.process examples. */
class LabelStagesTest {

    @Test
    void labelsComeFromExtractedValuesWithEmptySourcesMeaningTheKey() throws Exception {
        Harness h = new Harness("""
                stage.logfmt {
                    mapping = { env = "", username = "" }
                }
                stage.labels {
                    values = {
                      env  = "",
                      user = "username",
                    }
                }
                """);
        assertThat(h.one("env=prod username=ana").labels()).containsEntry("env", "prod").containsEntry("user", "ana");
    }

    @Test
    void labelsCanComeFromStructuredMetadata() throws Exception {
        Harness h = new Harness("""
                stage.labels {
                    source_type = "structured_metadata"
                    values      = { env = "", user = "username" }
                }
                stage.structured_metadata_drop {
                    values = [ "env", "username" ]
                }
                """);
        var in = new io.jalloy.loki.api.LogEntry(Labels.EMPTY, 0, "l", Labels.of("env", "dev", "username", "bo", "keep", "1"));
        var out = h.run(in).get(0);
        assertThat(out.labels()).containsEntry("env", "dev").containsEntry("user", "bo");
        assertThat(out.entry().structuredMetadata().toMap()).containsOnlyKeys("keep");
    }

    @Test
    void invalidLabelNamesAndSourceTypesAreRejected() throws Exception {
        assertThat(Harness.error("stage.labels {\n values = { \"bad-name\" = \"\" }\n}")).isEqualTo("invalid label name: bad-name");
        assertThat(Harness.error("stage.labels {\n values = {}\n source_type = \"line\"\n}"))
                .isEqualTo("invalid labels source_type: line. Can only be 'extracted' or 'structured_metadata'");
    }

    @Test
    void aJsonNullIsNotAValueForLabelsOrTheOutput() throws Exception {
        Harness h = new Harness("stage.json {\n expressions = { app = \"\" }\n}\nstage.labels {\n values = { app = \"\" }\n}\n"
                + "stage.output {\n source = \"app\"\n}");
        var out = h.run(Harness.entry(Labels.of("app", "keep"), "{\"app\": null}")).get(0);
        assertThat(out.labels()).containsEntry("app", "keep");
        assertThat(out.line()).isEqualTo("{\"app\": null}");
    }

    @Test
    void staticLabelsAreAdded() throws Exception {
        Harness h = new Harness("stage.static_labels {\n values = { foo = \"fooval\", bar = \"barval\" }\n}");
        assertThat(h.one("x").labels()).containsEntry("foo", "fooval").containsEntry("bar", "barval");
    }

    @Test
    void labelDropAndLabelKeepFilterTheLabelSet() throws Exception {
        Labels in = Labels.of("kubernetes_node_name", "n", "kubernetes_namespace", "ns", "kubernetes_pod_name", "p",
                "app", "a");
        Harness drop = new Harness("stage.label_drop {\n values = [ \"kubernetes_node_name\", \"kubernetes_namespace\" ]\n}");
        assertThat(drop.run(Harness.entry(in, "x")).get(0).labels()).containsOnlyKeys("kubernetes_pod_name", "app");
        Harness keep = new Harness("stage.label_keep {\n values = [ \"kubernetes_pod_name\", \"kubernetes_pod_container_name\" ]\n}");
        assertThat(keep.run(Harness.entry(in, "x")).get(0).labels()).containsOnlyKeys("kubernetes_pod_name");
    }

    @Test
    void theOutputStageReplacesTheLineAfterJsonAndLabels() throws Exception {
        Harness h = new Harness("""
                stage.json {
                    expressions = { "user" = "user", "message" = "message" }
                }
                stage.labels {
                    values = { "user" = "user" }
                }
                stage.output {
                    source = "message"
                }
                """);
        var out = h.one("{\"user\": \"John Doe\", \"message\": \"hello, world!\"}");
        assertThat(out.line()).isEqualTo("hello, world!");
        assertThat(out.labels()).containsEntry("user", "John Doe");
    }

    @Test
    void structuredMetadataTakesNamedValuesAndRegexMatches() throws Exception {
        Harness h = new Harness("""
                stage.logfmt {
                    mapping = { env = "", username = "", pod_name = "", pod_ip = "", other = "" }
                }
                stage.structured_metadata {
                    values = {
                      env  = "",
                      user = "username",
                    }
                    regex = "pod_.*"
                }
                """);
        var out = h.one("env=dev username=u pod_name=p pod_ip=1.2.3.4 other=o");
        assertThat(out.entry().structuredMetadata().toMap())
                .containsEntry("env", "dev").containsEntry("user", "u")
                .containsEntry("pod_name", "p").containsEntry("pod_ip", "1.2.3.4")
                .doesNotContainKey("other");
    }

    @Test
    void tenantComesFromAValueASourceOrALabel() throws Exception {
        assertThat(new Harness("stage.tenant {\n value = \"team-a\"\n}").one("x").labels())
                .containsEntry("__tenant_id__", "team-a");
        assertThat(new Harness("stage.json {\n expressions = { \"customer_id\" = \"\" }\n}\nstage.tenant {\n source = \"customer_id\"\n}")
                .one("{\"customer_id\": \"c1\"}").labels()).containsEntry("__tenant_id__", "c1");
        assertThat(new Harness("stage.tenant {\n label = \"namespace\"\n}")
                .run(Harness.entry(Labels.of("namespace", "ns1"), "x")).get(0).labels())
                .containsEntry("__tenant_id__", "ns1");
        assertThat(Harness.error("stage.tenant {\n value = \"a\"\n label = \"b\"\n}"))
                .startsWith("label, source and value are mutually exclusive");
    }

    @Test
    void packEmbedsLabelsAndExtractedValuesAndRemovesThoseLabels() throws Exception {
        Harness h = new Harness("stage.pack {\n labels = [\"env\", \"user_id\"]\n}");
        var out = h.run(Harness.entry(Labels.of("level", "error", "env", "dev", "user_id", "f8fas0r"),
                "something went wrong")).get(0);
        assertThat(out.line()).isEqualTo("{\"env\":\"dev\",\"user_id\":\"f8fas0r\",\"_entry\":\"something went wrong\"}");
        assertThat(out.labels()).containsOnlyKeys("level");
        assertThat(out.entry().timestampNanos()).isEqualTo(Harness.nanos("2024-06-15T12:00:00Z"));
    }

    @Test
    void truncateCutsLinesAndLabelsAndRecordsWhat() throws Exception {
        Harness h = new Harness("""
                stage.truncate {
                  rule {
                    limit = "12B"
                    suffix = "..."
                  }
                  rule {
                    limit = "12B"
                    suffix = "..."
                    source_type = "label"
                  }
                }
                """);
        var out = h.run(Harness.entry(Labels.of("app", "a-very-long-app-name", "env", "dev"),
                "this line is too long")).get(0);
        assertThat(out.line()).isEqualTo("this line...");
        assertThat(out.labels()).containsEntry("app", "a-very-lo...").containsEntry("env", "dev");
        assertThat(out.extracted()).containsEntry("truncated", "label,line");
        assertThat(Harness.error("stage.truncate {\n rule {\n limit = \"2B\"\n suffix = \"...\"\n }\n}"))
                .isEqualTo("suffix length cannot be greater than or equal to limit");
    }

    @Test
    void decolorizeStripsAnsiColourSequences() throws Exception {
        Harness h = new Harness("stage.decolorize {}");
        assertThat(h.one("[2022-11-04 22:17:57.811] \u001b[0;32mhttp\u001b[0m: GET /_health (0 ms) 204").line())
                .isEqualTo("[2022-11-04 22:17:57.811] http: GET /_health (0 ms) 204");
    }

    @Test
    void luhnRedactsCardNumbers() throws Exception {
        Harness h = new Harness("stage.luhn {\n replacement = \"**DELETED**\"\n}");
        assertThat(h.one("message=\"credit card approved 4032032513548443\" id=1234567890123").line())
                .isEqualTo("message=\"credit card approved **DELETED**\" id=1234567890123");
    }

    @Test
    void luhnFollowsDelimitersAndLeavesSkippedTextAlone() throws Exception {
        Harness d = new Harness("stage.luhn {\n replacement = \"**DELETED**\"\n delimiters = \"- \"\n}");
        assertThat(d.one("card 4032-0325-1354-8443 and 4032 0325 1354 8443- end").line())
                .isEqualTo("card **DELETED** and **DELETED** end"); // as in Alloy, only the last delimiter survives
        Harness k = new Harness("stage.luhn {\n min_length = 12\n skip_regex = \"id=[0-9]+\"\n}");
        assertThat(k.one("id=4032032513548443 card=4032032513548443").line())
                .isEqualTo("id=4032032513548443 card=**REDACTED**");
    }
}
