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
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.jalloy.syntax.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every worked example on Alloy's stdlib reference pages (docs/sources/reference/stdlib/*.md,
 * mirrored in shared/conformance/alloy/doc-examples/stdlib.*), called directly. Examples that
 * need a component export use an equivalent literal.
 */
class StdlibDocExamplesTest {

    private record Example(String call, String function, List<Value> args, Value expected) {}

    private static final List<Example> EXAMPLES = new ArrayList<>();

    private static void ex(String text, String function, Value expected, Value... args) {
        EXAMPLES.add(new Example(text, function, List.of(args), expected));
    }

    static {
        // array.md
        ex("array.concat([])", "array.concat", arr(), arr());
        ex("array.concat([1, 2], [3, 4])", "array.concat", arr(i(1), i(2), i(3), i(4)), arr(i(1), i(2)), arr(i(3), i(4)));
        ex("array.concat([1, 2], [], [true, null])", "array.concat", arr(i(1), i(2), b(true), nil()),
                arr(i(1), i(2)), arr(), arr(b(true), nil()));
        ex("array.concat([[1, 2], [3, 4]], [[5, 6]])", "array.concat",
                arr(arr(i(1), i(2)), arr(i(3), i(4)), arr(i(5), i(6))),
                arr(arr(i(1), i(2)), arr(i(3), i(4))), arr(arr(i(5), i(6))));
        ex("array.combine_maps(team A, cluster prod, [instance])", "array.combine_maps",
                arr(obj("instance", s("1.1.1.1"), "team", s("A"), "cluster", s("prod"))),
                arr(obj("instance", s("1.1.1.1"), "team", s("A"))),
                arr(obj("instance", s("1.1.1.1"), "cluster", s("prod"))), arr(s("instance")));
        ex("array.combine_maps: second map overrides the team", "array.combine_maps",
                arr(obj("instance", s("1.1.1.1"), "team", s("B"))),
                arr(obj("instance", s("1.1.1.1"), "team", s("A"))),
                arr(obj("instance", s("1.1.1.1"), "team", s("B"))), arr(s("instance")));
        ex("array.combine_maps: every combination of matches", "array.combine_maps",
                arr(obj("instance", s("1.1.1.1"), "team", s("A"), "cluster", s("prod")),
                        obj("instance", s("1.1.1.1"), "team", s("A"), "cluster", s("ops")),
                        obj("instance", s("1.1.1.1"), "team", s("B"), "cluster", s("prod")),
                        obj("instance", s("1.1.1.1"), "team", s("B"), "cluster", s("ops"))),
                arr(obj("instance", s("1.1.1.1"), "team", s("A")), obj("instance", s("1.1.1.1"), "team", s("B"))),
                arr(obj("instance", s("1.1.1.1"), "cluster", s("prod")),
                        obj("instance", s("1.1.1.1"), "cluster", s("ops"))),
                arr(s("instance")));
        ex("array.combine_maps(exporter targets, [{instance, testLabelKey}], [instance], true)", "array.combine_maps",
                arr(obj("instance", s("1.1.1.1"), "job", s("redis"), "testLabelKey", s("testLabelVal")),
                        obj("instance", s("2.2.2.2"), "job", s("redis"))),
                arr(obj("instance", s("1.1.1.1"), "job", s("redis")), obj("instance", s("2.2.2.2"), "job", s("redis"))),
                arr(obj("instance", s("1.1.1.1"), "testLabelKey", s("testLabelVal"))),
                arr(s("instance")), b(true));
        Value fruits = arr(obj("type", s("fruit"), "name", s("apple")), obj("type", s("fruit"), "name", s("banana")),
                obj("type", s("vegetable"), "name", s("carrot")), obj("name", s("rock")));
        Value fruitGroup = obj("type", s("fruit"), "items",
                arr(obj("type", s("fruit"), "name", s("apple")), obj("type", s("fruit"), "name", s("banana"))));
        Value vegGroup = obj("type", s("vegetable"), "items", arr(obj("type", s("vegetable"), "name", s("carrot"))));
        ex("array.group_by(..., \"type\", false)", "array.group_by",
                arr(fruitGroup, vegGroup, obj("type", s(""), "items", arr(obj("name", s("rock"))))),
                fruits, s("type"), b(false));
        ex("array.group_by(..., \"type\", true)", "array.group_by", arr(fruitGroup, vegGroup), fruits, s("type"), b(true));
        // coalesce.md
        ex("coalesce(\"a\", \"b\")", "coalesce", s("a"), s("a"), s("b"));
        ex("coalesce(\"\", \"b\")", "coalesce", s("b"), s(""), s("b"));
        // encoding.md
        ex("encoding.from_base64(\"dGFuZ2VyaW5l\")", "encoding.from_base64", s("tangerine"), s("dGFuZ2VyaW5l"));
        ex("encoding.from_URLbase64(\"c3RyaW5nMTIzIT8kKiYoKSctPUB-\")", "encoding.from_URLbase64",
                s("string123!?$*&()'-=@~"), s("c3RyaW5nMTIzIT8kKiYoKSctPUB-"));
        ex("encoding.to_base64(\"string123!?$*&()'-=@~\")", "encoding.to_base64",
                s("c3RyaW5nMTIzIT8kKiYoKSctPUB+"), s("string123!?$*&()'-=@~"));
        ex("encoding.to_URLbase64(\"string123!?$*&()'-=@~\")", "encoding.to_URLbase64",
                s("c3RyaW5nMTIzIT8kKiYoKSctPUB-"), s("string123!?$*&()'-=@~"));
        ex("encoding.url_encode(\"string123!?$*&()'-=@~\")", "encoding.url_encode",
                s("string123%21%3F%24%2A%26%28%29%27-%3D%40~"), s("string123!?$*&()'-=@~"));
        ex("encoding.url_decode(\"string123%21%3F%24%2A%26%28%29%27-%3D%40~\")", "encoding.url_decode",
                s("string123!?$*&()'-=@~"), s("string123%21%3F%24%2A%26%28%29%27-%3D%40~"));
        ex("encoding.to_json({modules = {http_2xx = {...}}})", "encoding.to_json",
                s("{\"modules\":{\"http_2xx\":{\"http\":{\"headers\":{\"Authorization\":\"Hello!\"}},"
                        + "\"prober\":\"http\",\"timeout\":\"5s\"}}}"),
                obj("modules", obj("http_2xx", obj("prober", s("http"), "timeout", s("5s"), "http",
                        obj("headers", obj("Authorization", s("Hello!")))))));
        ex("encoding.from_json(\"15\")", "encoding.from_json", f(15), s("15"));
        ex("encoding.from_json(\"[1, 2, 3]\")", "encoding.from_json", arr(f(1), f(2), f(3)), s("[1, 2, 3]"));
        ex("encoding.from_json(\"null\")", "encoding.from_json", nil(), s("null"));
        ex("encoding.from_json(\"{\\\"key\\\": \\\"value\\\"}\")", "encoding.from_json", obj("key", s("value")),
                s("{\"key\": \"value\"}"));
        ex("encoding.from_json(local.file.some_file.content)", "encoding.from_json", s("Hello, world!"),
                s("\"Hello, world!\""));
        ex("encoding.from_yaml(\"15\")", "encoding.from_yaml", i(15), s("15"));
        ex("encoding.from_yaml(\"[1, 2, 3]\")", "encoding.from_yaml", arr(i(1), i(2), i(3)), s("[1, 2, 3]"));
        ex("encoding.from_yaml(\"null\")", "encoding.from_yaml", nil(), s("null"));
        ex("encoding.from_yaml(\"key: value\")", "encoding.from_yaml", obj("key", s("value")), s("key: value"));
        ex("encoding.from_yaml(local.file.some_file.content)", "encoding.from_yaml", s("Hello, world!"),
                s("\"Hello, world!\""));
        // file.md
        ex("file.path_join()", "file.path_join", s(""));
        ex("file.path_join(\"this/is\", \"a/path\")", "file.path_join", s("this/is/a/path"), s("this/is"), s("a/path"));
        // json_path.md
        ex("json_path(\"{\\\"key\\\": \\\"value\\\"}\", \".key\")", "json_path", arr(s("value")),
                s("{\"key\": \"value\"}"), s(".key"));
        ex("json_path([...Department...], \"[?(@.name == \\\"Department\\\")].value\")", "json_path", arr(s("IT")),
                s("[{\"name\": \"Department\",\"value\": \"IT\"},{\"name\":\"TestStatus\",\"value\":\"Pending\"}]"),
                s("[?(@.name == \"Department\")].value"));
        ex("json_path(\"{\\\"key\\\": \\\"value\\\"}\", \".nonexists\")", "json_path", arr(),
                s("{\"key\": \"value\"}"), s(".nonexists"));
        // string.md
        ex("string.format(\"Hello, %s!\", \"Ander\")", "string.format", s("Hello, Ander!"), s("Hello, %s!"), s("Ander"));
        ex("string.format(\"There are %d lights\", 4)", "string.format", s("There are 4 lights"),
                s("There are %d lights"), i(4));
        ex("string.join([\"foo\", \"bar\", \"baz\"], \"-\")", "string.join", s("foo-bar-baz"),
                arr(s("foo"), s("bar"), s("baz")), s("-"));
        ex("string.join([\"foo\", \"bar\", \"baz\"], \", \")", "string.join", s("foo, bar, baz"),
                arr(s("foo"), s("bar"), s("baz")), s(", "));
        ex("string.join([\"foo\"], \", \")", "string.join", s("foo"), arr(s("foo")), s(", "));
        ex("string.replace(\"1 + 2 + 3\", \"+\", \"-\")", "string.replace", s("1 - 2 - 3"), s("1 + 2 + 3"), s("+"), s("-"));
        ex("string.split(\"foo,bar,baz\", \",\")", "string.split", arr(s("foo"), s("bar"), s("baz")),
                s("foo,bar,baz"), s(","));
        ex("string.split(\"foo\", \",\")", "string.split", arr(s("foo")), s("foo"), s(","));
        ex("string.split(\"\", \",\")", "string.split", arr(s("")), s(""), s(","));
        ex("string.to_lower(\"HELLO\")", "string.to_lower", s("hello"), s("HELLO"));
        ex("string.to_upper(\"hello\")", "string.to_upper", s("HELLO"), s("hello"));
        ex("string.trim(\"?!hello?!\", \"!?\")", "string.trim", s("hello"), s("?!hello?!"), s("!?"));
        ex("string.trim(\"foobar\", \"far\")", "string.trim", s("oob"), s("foobar"), s("far"));
        ex("string.trim(\"   hello! world.!  \", \"! \")", "string.trim", s("hello! world."),
                s("   hello! world.!  "), s("! "));
        ex("string.trim_prefix(\"helloworld\", \"hello\")", "string.trim_prefix", s("world"), s("helloworld"), s("hello"));
        ex("string.trim_suffix(\"helloworld\", \"world\")", "string.trim_suffix", s("hello"), s("helloworld"), s("world"));
        ex("string.trim_space(\"  hello\\n\\n\")", "string.trim_space", s("hello"), s("  hello\n\n"));
        // sys.md
        ex("sys.env(\"HOME\")", "sys.env", s("/home/alloy"), s("HOME"));
        ex("sys.env(\"DOES_NOT_EXIST\")", "sys.env", s(""), s("DOES_NOT_EXIST"));
    }

    @TestFactory
    Stream<DynamicTest> eachDocumentedExampleGivesTheDocumentedResult() {
        return EXAMPLES.stream().map(e -> dynamicTest(e.call(), () ->
                assertThat(call(e.function(), e.args().toArray(Value[]::new))).isEqualTo(e.expected())));
    }
}
