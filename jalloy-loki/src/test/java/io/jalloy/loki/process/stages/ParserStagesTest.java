package io.jalloy.loki.process.stages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code json}, {@code logfmt} and {@code regex}, from the examples of Alloy's loki.process page. */
class ParserStagesTest {

    @Test
    void jsonStagesExtractFromTheLineAndThenFromAnExtractedValue() throws Exception {
        Harness h = new Harness("""
                stage.json {
                    expressions = {output = "log", extra = ""}
                }
                stage.json {
                    source      = "extra"
                    expressions = {username = "user"}
                }
                """);
        var out = h.one("{\"log\":\"log message\\n\",\"extra\":\"{\\\"user\\\":\\\"alloy\\\"}\"}");
        assertThat(out.extracted())
                .containsEntry("output", "log message\n")
                .containsEntry("extra", "{\"user\":\"alloy\"}")
                .containsEntry("username", "alloy");
    }

    @Test
    void jsonKeepsNumbersAndBooleansAndMarshalsObjectsWithSortedKeys() throws Exception {
        Harness h = new Harness("""
                stage.json {
                    expressions = {n = "n", b = "b", o = "o", missing = "nope", arr = "a[1]"}
                }
                """);
        var out = h.one("{\"n\": 1.5, \"b\": true, \"o\": {\"z\": 1, \"a\": \"<x>\"}, \"a\": [10, 20]}");
        assertThat(out.extracted())
                .containsEntry("n", 1.5)
                .containsEntry("b", true)
                .containsEntry("o", "{\"a\":\"\\u003cx\\u003e\",\"z\":1}")
                .containsEntry("arr", 20.0)
                .containsEntry("missing", null);
    }

    @Test
    void jsonQuotedIdentifiersMayHoldHyphens() throws Exception {
        Harness h = new Harness("""
                stage.json {
                    expressions = {ua = "\\"request_User-Agent\\""}
                }
                """);
        assertThat(h.one("{\"request_User-Agent\": \"curl\"}").extracted()).containsEntry("ua", "curl");
    }

    @Test
    void malformedJsonPassesUnlessDropMalformedIsSet() throws Exception {
        assertThat(new Harness("stage.json {\n expressions = {a = \"\"}\n}").run(Harness.entry("not json"))).hasSize(1);
        assertThat(new Harness("stage.json {\n expressions = {a = \"\"}\n drop_malformed = true\n}")
                .run(Harness.entry("not json"))).isEmpty();
    }

    @Test
    void jsonConfigurationErrorsUseAlloysTexts() throws Exception {
        assertThat(Harness.error("stage.json {\n expressions = {}\n}")).isEqualTo("JMES expression is required");
        assertThat(Harness.error("stage.json {\n expressions = {a = \"\"}\n source = \"\"\n}")).isEqualTo("empty source");
        assertThat(Harness.error("stage.json {\n expressions = {a = \"a[\"}\n}"))
                .startsWith("could not compile JMES expression: ");
    }

    @Test
    void logfmtStagesExtractMappedFieldsFromTheLineAndFromASource() throws Exception {
        Harness h = new Harness("""
                stage.logfmt {
                    mapping = { "extra" = "" }
                }
                stage.logfmt {
                    mapping = { "username" = "user" }
                    source  = "extra"
                }
                """);
        var out = h.one("time=2012-11-01T22:08:41+00:00 app=loki level=WARN duration=125 "
                + "message=\"this is a log line\" extra=\"user=example_name\"");
        assertThat(out.extracted())
                .containsEntry("extra", "user=example_name")
                .containsEntry("username", "example_name")
                .doesNotContainKey("app");
    }

    @Test
    void logfmtUnescapesQuotedValues() throws Exception {
        Harness h = new Harness("stage.logfmt {\n mapping = { msg = \"\", level = \"\" }\n}");
        var out = h.one("level=info msg=\"say \\\"hi\\\"\\n\" other");
        assertThat(out.extracted()).containsEntry("msg", "say \"hi\"\n").containsEntry("level", "info");
    }

    @Test
    void regexNamedGroupsBecomeExtractedValues() throws Exception {
        Harness h = new Harness("""
                stage.regex {
                    expression = "^(?s)(?P<time>\\\\S+?) (?P<stream>stdout|stderr) (?P<flags>\\\\S+?) (?P<content>.*)$"
                }
                """);
        var out = h.one("2019-01-01T01:00:00.000000001Z stderr P i'm a log message!");
        assertThat(out.extracted())
                .containsEntry("time", "2019-01-01T01:00:00.000000001Z")
                .containsEntry("stream", "stderr")
                .containsEntry("flags", "P")
                .containsEntry("content", "i'm a log message!");
    }

    @Test
    void regexWithASourceParsesThatExtractedValue() throws Exception {
        Harness h = new Harness("""
                stage.json {
                    expressions = { time = "timestamp" }
                }
                stage.regex {
                    expression = "^(?P<year>\\\\d+)"
                    source     = "time"
                }
                """);
        assertThat(h.one("{\"timestamp\":\"2022-01-01T01:00:00.000000001Z\"}").extracted())
                .containsEntry("time", "2022-01-01T01:00:00.000000001Z")
                .containsEntry("year", "2022");
    }

    @Test
    void regexLabelsFromGroupsAlsoSetsLabels() throws Exception {
        Harness h = new Harness("stage.regex {\n expression = \"level=(?P<level>\\\\w+)\"\n labels_from_groups = true\n}");
        assertThat(h.one("a level=warn b").labels()).containsEntry("level", "warn");
    }

    @Test
    void regexConfigurationErrorsUseAlloysTexts() throws Exception {
        assertThat(Harness.error("stage.regex {\n expression = \"(?P<ts[0-9]+).*\"\n}"))
                .isEqualTo("could not compile regular expression: error parsing regexp: invalid named capture: `(?P<ts[0-9]+).*`");
        assertThat(Harness.error("stage.regex {\n expression = \"\"\n}")).isEqualTo("expression is required");
    }
}
