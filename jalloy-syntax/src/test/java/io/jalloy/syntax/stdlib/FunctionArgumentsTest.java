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

import io.jalloy.syntax.value.CapsuleValue;
import io.jalloy.syntax.value.NumberValue;
import io.jalloy.syntax.value.OptionalSecret;
import io.jalloy.syntax.value.Secret;
import io.jalloy.syntax.value.ValueException;
import org.junit.jupiter.api.Test;

/** Argument conversion and checking, with Alloy's error texts, across the namespaces. */
class FunctionArgumentsTest {

    private static void fails(String message, int argIndex, String fn, io.jalloy.syntax.value.Value... args) {
        assertThatThrownBy(() -> call(fn, args))
                .isInstanceOfSatisfying(ValueException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(message);
                    assertThat(e.argIndex()).isEqualTo(argIndex);
                });
    }

    @Test
    void numbersConvertToStringsWhereStringsAreExpected() throws Exception {
        assertThat(call("string.to_upper", i(5))).isEqualTo(s("5"));
        assertThat(call("string.join", arr(i(1), f(2.5), NumberValue.ofUint(-1L)), s("-")))
                .isEqualTo(s("1-2.5-18446744073709551615"));
        assertThat(call("string.replace", f(1e21), s("0"), s("_"))).isEqualTo(s("1_____________________"));
    }

    @Test
    void aWrongArgumentTypeNamesTheArgument() {
        fails("should be array, got string", 0, "string.join", s("abc"), s("-"));
        fails("should be string, got bool", 1, "string.split", s("a"), b(true));
        fails("should be array, got number", 1, "array.concat", arr(), i(2));
    }

    @Test
    void nullDecodesToGoZeroValues() throws Exception {
        assertThat(call("sys.env", nil())).isEqualTo(s(""));
        assertThat(call("string.to_upper", nil())).isEqualTo(s(""));
        assertThat(call("string.join", nil(), s("-"))).isEqualTo(s(""));
        assertThat(call("string.join", arr(s("a"), nil()), s("-"))).isEqualTo(s("a-"));
    }

    @Test
    void aWrongElementTypeNamesTheElement() {
        fails("[1] should be string, got bool", 0, "string.join", arr(s("a"), b(true)), s("-"));
        fails("[0] should be object, got string", 1, "array.combine_maps", arr(), arr(s("x")), arr(s("k")));
    }

    @Test
    void aWrongArgumentCountNamesTheFunction() {
        fails("string.to_upper expected 1 args, got 0", -1, "string.to_upper");
        fails("string.trim expected 2 args, got 3", -1, "string.trim", s("a"), s("b"), s("c"));
        fails("string.format expected at least 1 args, got 0", -1, "string.format");
        fails("combine_maps: expected 3 or 4 arguments, got 2", -1, "array.combine_maps", arr(), arr());
        fails("group_by: expected 3 arguments, got 2", -1, "array.group_by", arr(), s("k"));
    }

    @Test
    void combineMapsNeedsMergeConditions() {
        fails("combine_maps: merge conditions must not be empty", -1, "array.combine_maps", arr(), arr(), arr());
        fails("should be bool, got string", 3, "array.combine_maps", arr(), arr(), arr(s("k")), s("yes"));
    }

    @Test
    void combineMapsDropsMapsMissingAConditionKey() throws Exception {
        assertThat(call("array.combine_maps", arr(obj("a", s("1")), obj("b", s("2"))), arr(obj("a", s("1"), "c", s("3"))),
                arr(s("a")))).isEqualTo(arr(obj("a", s("1"), "c", s("3"))));
    }

    @Test
    void combineMapsComparesNumbersOfTheSameKindOnly() throws Exception {
        assertThat(call("array.combine_maps", arr(obj("a", i(1))), arr(obj("a", f(1))), arr(s("a")))).isEqualTo(arr());
        assertThat(call("array.combine_maps", arr(obj("a", i(1))), arr(obj("a", i(1), "b", b(true))), arr(s("a"))))
                .isEqualTo(arr(obj("a", i(1), "b", b(true))));
    }

    @Test
    void groupByRequiresStringKeyValues() {
        fails("[0].k should be string, got number", 0, "array.group_by", arr(obj("k", i(1))), s("k"), b(false));
        fails("should be bool, got null", 2, "array.group_by", arr(), s("k"), nil());
    }

    @Test
    void concatOfOneArrayReturnsItUnchanged() throws Exception {
        var a = arr(i(1));
        assertThat(call("array.concat", a)).isSameAs(a);
    }

    @Test
    void coalesceSkipsNullZeroAndEmptyValues() throws Exception {
        assertThat(call("coalesce")).isEqualTo(nil());
        assertThat(call("coalesce", nil(), i(0), f(0), b(false), arr(), obj(), s(""), i(5), s("x"))).isEqualTo(i(5));
        assertThat(call("coalesce", s(""), arr())).isEqualTo(arr());
        assertThat(call("coalesce", s(""), sysEnvMissing(), s("c"))).isEqualTo(s("c"));
    }

    private static io.jalloy.syntax.value.Value sysEnvMissing() throws ValueException {
        return call("sys.env", s("DOES_NOT_EXIST"));
    }

    @Test
    void nonsensitiveRevealsSecretsAndAcceptsStrings() throws Exception {
        assertThat(call("convert.nonsensitive", new CapsuleValue(new Secret("Hello, world!")))).isEqualTo(s("Hello, world!"));
        assertThat(call("convert.nonsensitive", new CapsuleValue(new OptionalSecret("x", true)))).isEqualTo(s("x"));
        assertThat(call("convert.nonsensitive", s("plain"))).isEqualTo(s("plain"));
        fails("should be capsule, got number", 0, "convert.nonsensitive", i(1));
    }

    @Test
    void aSecretIsNotAString() {
        fails("secrets may not be converted into strings", 0, "string.to_upper", new CapsuleValue(new Secret("s")));
        fails("secrets may not be converted into strings", 0, "sys.env", new CapsuleValue(new OptionalSecret("s", true)));
        fails("[1] secrets may not be converted into strings", 0, "string.join",
                arr(s("a"), new CapsuleValue(new Secret("s"))), s(","));
    }

    @Test
    void formatPrintsSecretsAsTheGoValuesAlloyPassesIt() throws Exception {
        assertThat(call("string.format", s("%s|%v"), new CapsuleValue(new Secret("pw")),
                new CapsuleValue(new OptionalSecret("x", false)))).isEqualTo(s("pw|{false x}"));
    }

    @Test
    void aNonSecretOptionalSecretIsAString() throws Exception {
        assertThat(call("string.to_upper", new CapsuleValue(new OptionalSecret("ab", false)))).isEqualTo(s("AB"));
    }

    @Test
    void base64DecodingReportsTheOffendingByte() {
        fails("encoding.from_base64 illegal base64 data at input byte 3", -1, "encoding.from_base64", s("abc!"));
        fails("encoding.from_base64 illegal base64 data at input byte 0", -1, "encoding.from_base64", s("abc"));
        fails("encoding.from_base64 illegal base64 data at input byte 4", -1, "encoding.from_base64", s("YQ==YQ=="));
        fails("encoding.from_URLbase64 illegal base64 data at input byte 2", -1, "encoding.from_URLbase64", s("ab+/"));
    }

    @Test
    void base64DecodingIgnoresLineBreaksAndAcceptsPadding() throws Exception {
        assertThat(call("encoding.from_base64", s("YW\nJj\r\nZA=="))).isEqualTo(s("abcd"));
        assertThat(call("encoding.from_base64", s(""))).isEqualTo(s(""));
    }

    @Test
    void urlEncodingUsesPlusForSpaceAndUppercaseEscapes() throws Exception {
        assertThat(call("encoding.url_encode", s("a b/é"))).isEqualTo(s("a+b%2F%C3%A9"));
        assertThat(call("encoding.url_decode", s("a+b%2f%C3%A9"))).isEqualTo(s("a b/é"));
        fails("encoding.url_decode invalid URL escape \"%zz\"", -1, "encoding.url_decode", s("a%zz"));
        fails("encoding.url_decode invalid URL escape \"%4\"", -1, "encoding.url_decode", s("%4"));
    }

    @Test
    void stringFunctionsFollowGoEdgeCases() throws Exception {
        assertThat(call("string.split", s("a,b,"), s(","))).isEqualTo(arr(s("a"), s("b"), s("")));
        assertThat(call("string.split", s("héy"), s(""))).isEqualTo(arr(s("h"), s("é"), s("y")));
        assertThat(call("string.replace", s("ab"), s(""), s("-"))).isEqualTo(s("-a-b-"));
        assertThat(call("string.trim", s("abc"), s(""))).isEqualTo(s("abc"));
        assertThat(call("string.trim_space", s("\u00a0\u2003 x \t\u3000"))).isEqualTo(s("x"));
        assertThat(call("string.trim_prefix", s("abc"), s("x"))).isEqualTo(s("abc"));
        assertThat(call("string.to_upper", s("straße"))).isEqualTo(s("STRAßE"));
    }

    @Test
    void pathJoinCleansLikeGo() throws Exception {
        assertThat(call("file.path_join", s(""), s("a"), s(""), s("b/"))).isEqualTo(s("a/b"));
        assertThat(call("file.path_join", s("/a/b"), s("../c"), s("./d"))).isEqualTo(s("/a/c/d"));
        assertThat(call("file.path_join", s("a"), s("../.."))).isEqualTo(s(".."));
        assertThat(call("file.path_join", s(""), s(""))).isEqualTo(s(""));
        assertThat(call("file.path_join", s("/"), s(".."))).isEqualTo(s("/"));
        fails("should be string, got array", 1, "file.path_join", s("a"), arr());
    }
}
