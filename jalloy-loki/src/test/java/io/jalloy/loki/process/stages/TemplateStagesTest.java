package io.jalloy.loki.process.stages;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.labels.Labels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code template} and {@code replace}, with the examples of Alloy's loki.process page. */
class TemplateStagesTest {

    private static String render(String template, String app, String value) throws Exception {
        Harness h = new Harness("stage.json {\n expressions = { app = \"\", out = \"\" }\n}\n"
                + "stage.template {\n source = \"out\"\n template = " + template + "\n}");
        var out = h.one("{\"app\": \"" + app + "\", \"out\": \"" + value + "\"}");
        return (String) out.extracted().get("out");
    }

    @Test
    void aTemplateWithoutDataCreatesTheKey() throws Exception {
        Harness h = new Harness("stage.template {\n source = \"new_key\"\n template = \"hello_world\"\n}");
        assertThat(h.one("x").extracted()).containsEntry("new_key", "hello_world");
    }

    @Test
    void templatesSeeValueOtherKeysAndTheEntry() throws Exception {
        Harness h = new Harness("""
                stage.logfmt {
                    mapping = { app = "", level = "", module = "" }
                }
                stage.template {
                    source   = "app"
                    template = "{{ ToLower .Value }}_some_suffix"
                }
                stage.template {
                    source   = "output_msg"
                    template = "{{ .level }} for app {{ ToUpper .app }} in module {{.module}}"
                }
                stage.template {
                    source   = "message"
                    template = "{{.app }}: {{ .Entry }}"
                }
                stage.output {
                    source = "message"
                }
                """);
        var out = h.one("app=Loki level=warn module=ingester");
        assertThat(out.extracted())
                .containsEntry("app", "loki_some_suffix")
                .containsEntry("output_msg", "warn for app LOKI_SOME_SUFFIX in module ingester");
        assertThat(out.line()).isEqualTo("loki_some_suffix: app=Loki level=warn module=ingester");
    }

    @ParameterizedTest(name = "{0} gives {2}")
    @CsvSource(delimiter = '§', quoteCharacter = '\'', value = {
        "`{{ Replace .Value \"loki\" \"Loki\" 2 }}`§loki loki loki§Loki Loki loki",
        "`{{ Trim .Value \",. \" }}`§  ,.hello., §hello",
        "\"{{ TrimSpace .Value }}\"§  padded  §padded",
        "`{{ TrimPrefix .Value \"--\" }}`§--flag§flag",
        "`{{ TrimSuffix .Value \".log\" }}`§app.log§app",
        "`{{ TrimLeft .Value \"x\" }}`§xxabcxx§abcxx",
        "\"{{ .app | ToUpper }}\"§ignored§API",
        "`{{ regexReplaceAll \"(a*)bc\" .Value \"${1}a\" }}`§aaabc§aaaa",
        "`{{ regexReplaceAllLiteral \"(ts=)\" .Value \"timestamp=\" }}`§ts=1§timestamp=1",
        "`{{ if eq .Value \"200\" }}{{ Replace .Value \"200\" \"HttpStatusOk\" -1 }}{{ else }}{{ .Value | ToUpper }}{{ end }}`§200§HttpStatusOk",
        "`{{ if eq .Value \"200\" }}{{ Replace .Value \"200\" \"HttpStatusOk\" -1 }}{{ else }}{{ .Value | ToUpper }}{{ end }}`§abc§ABC",
        "`{{ if eq .Value \"a\" }}A{{ else if eq .Value \"b\" }}B{{ else }}C{{ end }}`§b§B",
        "`{{ if eq .Value \"a\" }}A{{ else if eq .Value \"b\" }}B{{ else }}C{{ end }}`§z§C",
        "`{{ with .app }}<{{ . }}>{{ end }}`§x§<api>",
        "`{{ .Value | lower | trimPrefix \"x\" | quote }}`§XYZ§\"yz\"",
        "`{{ printf \"%s-%d\" .Value 7 }}`§v§v-7",
        "`{{ .missing }}`§v§<no value>",
        "`x {{- \" a \" -}} {{ len .Value }}`§four§x a 4",
    })
    void documentedFunctionsBehaveAsInAlloy(String template, String value, String expected) throws Exception {
        assertThat(render(template, "api", value)).isEqualTo(expected);
    }

    @Test
    void hashFunctionsHashValueAndSalt() throws Exception {
        assertThat(render("`{{ Sha2Hash .Value \"salt\" }}`", "a", "x"))
                .isEqualTo("d71b7c2b97e0350a2fc4a5c9d6c7ecd7c9ad4fa3f2fd6d81f0b4a3b0e7c70e0c".length() == 64
                        ? sha256("xsalt") : "");
        assertThat(render("`{{ Hash .Value \"salt\" }}`", "a", "x")).hasSize(64).isNotEqualTo(sha256("xsalt"));
    }

    private static String sha256(String s) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void anEmptyResultRemovesTheKey() throws Exception {
        Harness h = new Harness("stage.static_labels {\n values = { x = \"1\" }\n}\n"
                + "stage.template {\n source = \"x\"\n template = \"{{ if false }}y{{ end }}\"\n}");
        assertThat(h.one("l").extracted()).doesNotContainKey("x");
    }

    @Test
    void templateParseErrorsAreConfigurationErrors() throws Exception {
        assertThat(Harness.error("stage.template {\n source = \"a\"\n template = \"{{ Nope .Value }}\"\n}"))
                .isEqualTo("template: pipeline_template:1: function \"Nope\" not defined");
        assertThat(Harness.error("stage.template {\n source = \"\"\n template = \"x\"\n}"))
                .isEqualTo("template source value is required");
    }

    @Test
    void replaceRedactsTheCapturedPassword() throws Exception {
        Harness h = new Harness("stage.replace {\n expression = \"password (\\\\S+)\"\n replace = \"*****\"\n}");
        assertThat(h.one("2023-01-01T01:00:00.000000001Z stderr P i'm a log message who has sensitive information with password xyz and more").line())
                .isEqualTo("2023-01-01T01:00:00.000000001Z stderr P i'm a log message who has sensitive information with password ***** and more");
    }

    @Test
    void replaceWithASourceRewritesThatValue() throws Exception {
        Harness h = new Harness("""
                stage.json {
                    expressions = { "level" = "", "msg" = "" }
                }
                stage.replace {
                    expression = "\\\\S+ - \\"POST (\\\\S+) .*"
                    source     = "msg"
                    replace    = "redacted_url"
                }
                """);
        var out = h.one("{\"time\":\"2023-01-01T01:00:00.000000001Z\", \"level\": \"info\", "
                + "\"msg\":\"11.11.11.11 - \\\"POST /loki/api/push/ HTTP/1.1\\\" 200 932 \\\"-\\\" \\\"Mozilla/5.0\\\"\"}");
        assertThat(out.extracted()).containsEntry("msg",
                "11.11.11.11 - \"POST redacted_url HTTP/1.1\" 200 932 \"-\" \"Mozilla/5.0\"");
    }

    @Test
    void replaceTemplatesEveryNamedGroupAndStoresIt() throws Exception {
        Harness h = new Harness("""
                stage.replace {
                    expression = "^(?P<ip>\\\\S+) (?P<identd>\\\\S+) (?P<user>\\\\S+) \\\\[(?P<timestamp>[\\\\w:/]+\\\\s[+\\\\-]\\\\d{4})\\\\]"
                    replace    = "{{ .Value | ToUpper }}"
                }
                """);
        var out = h.run(Harness.entry(Labels.EMPTY, "11.11.11.11 - frank [01/Jan/2023:00:00:01 +0200]")).get(0);
        assertThat(out.line()).isEqualTo("11.11.11.11 - FRANK [01/JAN/2023:00:00:01 +0200]");
        assertThat(out.extracted())
                .containsEntry("ip", "11.11.11.11")
                .containsEntry("identd", "-")
                .containsEntry("user", "FRANK")
                .containsEntry("timestamp", "01/JAN/2023:00:00:01 +0200");
    }

    @Test
    void anEmptyReplacementRemovesTheCapture() throws Exception {
        Harness h = new Harness("stage.replace {\n expression = \"(secret=\\\\S+) \"\n}");
        assertThat(h.one("a secret=1 b").line()).isEqualTo("a  b");
    }
}
