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

import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.ValueException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** encoding.from_json and encoding.to_json, against Go's encoding/json. */
class JsonEncodingTest {

    @Test
    void fromJsonMakesEveryNumberAFloatAsGoDecodesIntoInterface() throws Exception {
        assertThat(call("encoding.from_json", s("{\"a\": 1, \"b\": [2.5, -3e2], \"c\": null, \"d\": true}")))
                .isEqualTo(obj("a", f(1), "b", arr(f(2.5), f(-300)), "c", nil(), "d", b(true)));
    }

    @Test
    void fromJsonObjectsComeOutWithSortedKeysLikeGoMaps() throws Exception {
        ObjectValue o = (ObjectValue) call("encoding.from_json", s("{\"b\": 1, \"a\": 2, \"c\": 3}"));
        assertThat(List.copyOf(o.fields().keySet())).containsExactly("a", "b", "c");
    }

    @Test
    void fromJsonKeepsTheLastOfDuplicateKeys() throws Exception {
        assertThat(call("encoding.from_json", s("{\"a\": 1, \"a\": 2}"))).isEqualTo(obj("a", f(2)));
    }

    @Test
    void fromJsonDecodesEscapesAndSurrogatePairs() throws Exception {
        assertThat(call("encoding.from_json", s("\"a\\n\\u00e9\\ud83d\\ude00\\/\""))).isEqualTo(s("a\né😀/"));
    }

    @ParameterizedTest(name = "{0} fails with: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "``|unexpected end of JSON input",
        "{|unexpected end of JSON input",
        "tru|unexpected end of JSON input",
        "trux|invalid character 'x' in literal true (expecting 'e')",
        "nul|unexpected end of JSON input",
        "[1,]|invalid character ']' looking for beginning of value",
        "01|invalid character '1' after top-level value",
        "{\"a\" 1}|invalid character '1' after object key",
        "{\"a\":1 \"b\"}|invalid character '\"' after object key:value pair",
        "[1 2]|invalid character '2' after array element",
        "{1:2}|invalid character '1' looking for beginning of object key string",
        "-a|invalid character 'a' in numeric literal",
        "1.a|invalid character 'a' after decimal point in numeric literal",
        "1ea|invalid character 'a' in exponent of numeric literal",
        "'a'|invalid character '\\'' looking for beginning of value",
        "\"\\x\"|invalid character 'x' in string escape code",
        "1e400|json: cannot unmarshal number 1e400 into Go value of type float64",
    })
    void fromJsonReportsGoSyntaxErrors(String json, String message) {
        assertThatThrownBy(() -> call("encoding.from_json", s(json)))
                .isInstanceOf(ValueException.class)
                .hasMessage("encoding.from_json " + message);
    }

    @Test
    void fromJsonReportsAControlCharacterInAString() {
        assertThatThrownBy(() -> call("encoding.from_json", s("\"a\tb\"")))
                .hasMessage("encoding.from_json invalid character '\\t' in string literal");
    }

    @Test
    void toJsonSortsKeysAndEscapesHtmlAsGoDoes() throws Exception {
        assertThat(call("encoding.to_json", obj("z", s("<b>&</b>"), "a", s("\u2028\"\\\n\u0001"))))
                .isEqualTo(s("{\"a\":\"\\u2028\\\"\\\\\\n\\u0001\",\"z\":\"\\u003cb\\u003e\\u0026\\u003c/b\\u003e\"}"));
    }

    @Test
    void toJsonFormatsNumbersAsGoDoes() throws Exception {
        assertThat(call("encoding.to_json", obj("i", i(-3), "f", f(1.5), "g", f(100), "h", f(1e21), "j", f(1e-7),
                "k", f(0.000001), "l", f(123456789012.0))))
                .isEqualTo(s("{\"f\":1.5,\"g\":100,\"h\":1e+21,\"i\":-3,\"j\":1e-7,\"k\":0.000001,\"l\":123456789012}"));
    }

    @Test
    void toJsonWritesNestedArraysNullsAndBooleans() throws Exception {
        assertThat(call("encoding.to_json", obj("a", arr(nil(), b(false), arr(), obj()))))
                .isEqualTo(s("{\"a\":[null,false,[],{}]}"));
    }

    @Test
    void toJsonOnlyAcceptsObjects() {
        assertThatThrownBy(() -> call("encoding.to_json", arr()))
                .hasMessage("encoding.to_json jsonEncode only supports map");
    }

    @Test
    void toJsonRejectsNotANumber() {
        assertThatThrownBy(() -> call("encoding.to_json", obj("a", f(Double.NaN))))
                .hasMessage("encoding.to_json json: unsupported value: NaN");
    }

    @Test
    void jsonRoundTripsThroughToAndFrom() throws Exception {
        var v = obj("a", arr(f(1), s("x")), "b", obj("c", nil()));
        assertThat(call("encoding.from_json", call("encoding.to_json", v))).isEqualTo(v);
    }
}
