package io.jalloy.syntax.stdlib;

import static io.jalloy.syntax.stdlib.V.arr;
import static io.jalloy.syntax.stdlib.V.b;
import static io.jalloy.syntax.stdlib.V.call;
import static io.jalloy.syntax.stdlib.V.f;
import static io.jalloy.syntax.stdlib.V.i;
import static io.jalloy.syntax.stdlib.V.nil;
import static io.jalloy.syntax.stdlib.V.obj;
import static io.jalloy.syntax.stdlib.V.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jalloy.syntax.value.NumberValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** encoding.from_yaml, against what yaml.v3 decodes into an interface{} and Alloy converts. */
class YamlEncodingTest {

    private static Value yaml(String text) throws ValueException {
        return call("encoding.from_yaml", s(text));
    }

    static Stream<Arguments> scalars() {
        return Stream.of(
                Arguments.of("15", i(15)),
                Arguments.of("-7", i(-7)),
                Arguments.of("+5", i(5)),
                Arguments.of("1_000", i(1000)),
                Arguments.of("0x1F", i(31)),
                Arguments.of("0o17", i(15)),
                Arguments.of("017", i(15)),
                Arguments.of("0b101", i(5)),
                Arguments.of("08", f(8)),
                Arguments.of("9223372036854775808", NumberValue.ofUint(Long.MIN_VALUE)),
                Arguments.of("1.5", f(1.5)),
                Arguments.of("1e3", f(1000)),
                Arguments.of(".5", f(0.5)),
                Arguments.of(".inf", f(Double.POSITIVE_INFINITY)),
                Arguments.of("-.Inf", f(Double.NEGATIVE_INFINITY)),
                Arguments.of("true", b(true)),
                Arguments.of("False", b(false)),
                Arguments.of("yes", s("yes")),
                Arguments.of("off", s("off")),
                Arguments.of("~", nil()),
                Arguments.of("Null", nil()),
                Arguments.of("", nil()),
                Arguments.of("# only a comment", nil()),
                Arguments.of("2001-12-14", s("2001-12-14")),
                Arguments.of("1.2.3", s("1.2.3")),
                Arguments.of("12:30", s("12:30")),
                Arguments.of("'quoted ''single'''", s("quoted 'single'")),
                Arguments.of("\"tab\\there \\u00e9 \\x41\"", s("tab\there é A")),
                Arguments.of("\"15\"", s("15")),
                Arguments.of("hello world # comment", s("hello world")),
                Arguments.of("a#b", s("a#b")),
                Arguments.of("!!str 15", s("15")),
                Arguments.of("!!str 0x10", s("0x10")),
                Arguments.of("!!int \"7\"", i(7)),
                Arguments.of("!!binary aGVsbG8=", s("hello")));
    }

    @ParameterizedTest(name = "{0} decodes to {1}")
    @MethodSource("scalars")
    void scalarsResolveAsYamlV3Does(String text, Value expected) throws Exception {
        assertThat(yaml(text)).isEqualTo(expected);
    }

    @Test
    void blockMappingsAndSequencesNest() throws Exception {
        String text = """
                # a config
                name: app
                ports:
                  - 80
                  - 443
                labels:
                  team: a   # trailing comment
                  tier: "web"
                targets:
                - host: a
                  port: 1
                - host: b
                empty:
                """;
        assertThat(yaml(text)).isEqualTo(obj(
                "empty", nil(),
                "labels", obj("team", s("a"), "tier", s("web")),
                "name", s("app"),
                "ports", arr(i(80), i(443)),
                "targets", arr(obj("host", s("a"), "port", i(1)), obj("host", s("b")))));
    }

    @Test
    void nestedSequencesAndSequencesOfSequences() throws Exception {
        assertThat(yaml("- - a\n  - b\n- c\n-\n")).isEqualTo(arr(arr(s("a"), s("b")), s("c"), nil()));
    }

    @Test
    void flowCollectionsMayNestAndSpanLines() throws Exception {
        assertThat(yaml("a: {x: 1, y: [true, \"s\", 'q'], z: }\nb: [1,\n  2, {k: v}]\n"))
                .isEqualTo(obj("a", obj("x", i(1), "y", arr(b(true), s("s"), s("q")), "z", nil()),
                        "b", arr(i(1), i(2), obj("k", s("v")))));
    }

    @Test
    void jsonIsValidYaml() throws Exception {
        assertThat(yaml("{\"a\":[1,2.5,null],\"b\":{\"c\":\"d\"}}"))
                .isEqualTo(obj("a", arr(i(1), f(2.5), nil()), "b", obj("c", s("d"))));
    }

    @Test
    void literalBlockScalarsKeepLineBreaks() throws Exception {
        assertThat(yaml("a: |\n  line1\n    indented\n  line3\nb: 1\n"))
                .isEqualTo(obj("a", s("line1\n  indented\nline3\n"), "b", i(1)));
    }

    @Test
    void blockScalarChompingIndicators() throws Exception {
        assertThat(yaml("strip: |-\n  x\n\nclip: |\n  x\n\nkeep: |+\n  x\n\nend: 1\n"))
                .isEqualTo(obj("clip", s("x\n"), "end", i(1), "keep", s("x\n\n"), "strip", s("x")));
    }

    @Test
    void foldedBlockScalarsJoinLines() throws Exception {
        assertThat(yaml("a: >\n  one\n  two\n\n  three\n    more\n  four\n"))
                .isEqualTo(obj("a", s("one two\nthree\n  more\nfour\n")));
    }

    @Test
    void blockScalarWithExplicitIndentation() throws Exception {
        assertThat(yaml("a: |2\n    x\n  y\n")).isEqualTo(obj("a", s("  x\ny\n")));
    }

    @Test
    void plainScalarsFoldOverLines() throws Exception {
        assertThat(yaml("a: this is\n  continued\n\n  here\nb: 2\n"))
                .isEqualTo(obj("a", s("this is continued\nhere"), "b", i(2)));
    }

    @Test
    void quotedScalarsFoldOverLines() throws Exception {
        assertThat(yaml("a: \"one\n  two\\\n  three\"\n")).isEqualTo(obj("a", s("one twothree")));
    }

    @Test
    void anchorsAliasesAndMergeKeys() throws Exception {
        String text = """
                base: &b
                  x: 1
                  y: 2
                derived:
                  <<: *b
                  y: 3
                copy: *b
                list: [&v 7, *v]
                """;
        assertThat(yaml(text)).isEqualTo(obj(
                "base", obj("x", i(1), "y", i(2)),
                "copy", obj("x", i(1), "y", i(2)),
                "derived", obj("x", i(1), "y", i(3)),
                "list", arr(i(7), i(7))));
    }

    @Test
    void onlyTheFirstDocumentCounts() throws Exception {
        assertThat(yaml("---\na: 1\n---\nb: 2\n")).isEqualTo(obj("a", i(1)));
        assertThat(yaml("a: 1\n...\n")).isEqualTo(obj("a", i(1)));
    }

    @Test
    void nonStringKeysBecomeTheirText() throws Exception {
        assertThat(yaml("1: a\ntrue: b\n")).isEqualTo(obj("1", s("a"), "true", s("b")));
    }

    @Test
    void sequencesMayStartAtTheirKeysIndentation() throws Exception {
        String text = """
                rules:
                - name: a   # first
                  match:
                  - x

                  - "y"
                # between
                - name: b
                url: http://host:80/path?a=b
                "quoted key": a:b
                """;
        assertThat(yaml(text)).isEqualTo(obj(
                "quoted key", s("a:b"),
                "rules", arr(obj("match", arr(s("x"), s("y")), "name", s("a")), obj("name", s("b"))),
                "url", s("http://host:80/path?a=b")));
    }

    @Test
    void aDocumentMarkerMayCarryAComment() throws Exception {
        assertThat(yaml("--- # header\n- 1\n")).isEqualTo(arr(i(1)));
        assertThat(yaml("--- [a]\n")).isEqualTo(arr(s("a")));
    }

    @Test
    void windowsLineEndingsAreAccepted() throws Exception {
        assertThat(yaml("a: 1\r\nb: [x]\r\n")).isEqualTo(obj("a", i(1), "b", arr(s("x"))));
    }

    @Test
    void prometheusStyleConfigDecodes() throws Exception {
        String text = """
                scrape_configs:
                  - job_name: 'node'
                    static_configs:
                      - targets: ['localhost:9100', "10.0.0.1:9100"]
                        labels:
                          env: prod
                    relabel_configs:
                      - source_labels: [__address__]
                        regex: '(.*):\\d+'
                        target_label: instance
                """;
        Value v = yaml(text);
        assertThat(v).isEqualTo(obj("scrape_configs", arr(obj(
                "job_name", s("node"),
                "relabel_configs", arr(obj("regex", s("(.*):\\d+"), "source_labels", arr(s("__address__")),
                        "target_label", s("instance"))),
                "static_configs", arr(obj("labels", obj("env", s("prod")),
                        "targets", arr(s("localhost:9100"), s("10.0.0.1:9100"))))))));
    }

    @Test
    void mappingValuesOnAValueLineAreAnError() {
        assertThatThrownBy(() -> yaml("a: b: c"))
                .hasMessage("encoding.from_yaml yaml: mapping values are not allowed in this context");
    }

    @ParameterizedTest(name = "{0} fails with: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`x: 1\n  y: 2\n`|yaml: line 2: mapping values are not allowed in this context",
        "`a:\n  b: 1\n c: 2\n`|yaml: line 2: did not find expected key",
        "`- a\nb: 1\n`|yaml: line 1: did not find expected '-' indicator",
        "`a: [1, 2`|yaml: did not find expected ',' or ']'",
        "`a: \"x\n`|yaml: line 2: found unexpected end of stream",
        "`a: \"\\q\"`|yaml: found unknown escape character while parsing a quoted scalar",
        "`a: |x\n`|yaml: did not find expected comment or line break",
    })
    void syntaxErrorsNameTheLineAsYamlV3Does(String text, String message) {
        assertThatThrownBy(() -> yaml(text.replace("\\n", "\n"))).hasMessage("encoding.from_yaml " + message);
    }

    @Test
    void anUnclosedFlowSequenceIsAnError() {
        assertThatThrownBy(() -> yaml("a: [1, 2")).hasMessageContaining("did not find expected ',' or ']'");
    }

    @Test
    void duplicateKeysAreAnError() {
        assertThatThrownBy(() -> yaml("a: 1\na: 2\n"))
                .hasMessage("encoding.from_yaml yaml: unmarshal errors:\n  line 2: mapping key \"a\" already defined at line 1");
    }

    @Test
    void anUnknownAliasIsAnError() {
        assertThatThrownBy(() -> yaml("a: *nope")).hasMessage("encoding.from_yaml yaml: unknown anchor 'nope' referenced");
    }

    @Test
    void tabIndentationIsAnError() {
        assertThatThrownBy(() -> yaml("a:\n\tb: 1")).hasMessageContaining("found character that cannot start any token");
    }

    @Test
    void theDeprecatedYamlDecodeAliasNamesItselfInErrors() {
        assertThatThrownBy(() -> call("yaml_decode", s("a: b: c")))
                .hasMessage("yaml_decode yaml: mapping values are not allowed in this context");
    }
}
