package io.jalloy.syntax.stdlib;

import static io.jalloy.syntax.stdlib.V.arr;
import static io.jalloy.syntax.stdlib.V.b;
import static io.jalloy.syntax.stdlib.V.call;
import static io.jalloy.syntax.stdlib.V.f;
import static io.jalloy.syntax.stdlib.V.i;
import static io.jalloy.syntax.stdlib.V.obj;
import static io.jalloy.syntax.stdlib.V.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** json_path in the ojg dialect Alloy uses. */
class JsonPathTest {

    private static final String STORE = """
            {"store": {
              "book": [
                {"category": "reference", "author": "Rees", "title": "Sayings", "price": 8.95},
                {"category": "fiction", "author": "Waugh", "title": "Sword", "price": 12.99},
                {"category": "fiction", "author": "Melville", "title": "Moby Dick", "isbn": "0-553", "price": 8},
                {"category": "fiction", "author": "Tolkien", "title": "Rings", "isbn": "0-395", "price": 22.99}
              ],
              "bicycle": {"color": "red", "price": 19.95}
            }}""";

    static Stream<Arguments> paths() {
        return Stream.of(
                Arguments.of("$.store.book[0].author", arr(s("Rees"))),
                Arguments.of("store.book[1].author", arr(s("Waugh"))),
                Arguments.of(".store.bicycle.color", arr(s("red"))),
                Arguments.of("$.store.book[-1].title", arr(s("Rings"))),
                Arguments.of("$.store.book[*].author", arr(s("Rees"), s("Waugh"), s("Melville"), s("Tolkien"))),
                Arguments.of("$..author", arr(s("Rees"), s("Waugh"), s("Melville"), s("Tolkien"))),
                Arguments.of("$.store.book[0:2].title", arr(s("Sayings"), s("Sword"))),
                Arguments.of("$.store.book[2:].title", arr(s("Moby Dick"), s("Rings"))),
                Arguments.of("$.store.book[0,3].title", arr(s("Sayings"), s("Rings"))),
                Arguments.of("$.store.bicycle['color','price']", arr(s("red"), f(19.95))),
                Arguments.of("$.store.book[?(@.price < 10)].title", arr(s("Sayings"), s("Moby Dick"))),
                Arguments.of("$.store.book[?(@.isbn)].title", arr(s("Moby Dick"), s("Rings"))),
                Arguments.of("$.store.book[?(@.category == 'fiction' && @.price > 20)].author", arr(s("Tolkien"))),
                Arguments.of("$.store.book[?(@.author =~ /^M/)].price", arr(i(8))),
                Arguments.of("$.store.book[?(@.price == 8)].author", arr(s("Melville"))),
                Arguments.of("$..book[?(!(@.category == 'fiction'))].author", arr(s("Rees"))),
                Arguments.of("$.store.*.color", arr(s("red"))),
                Arguments.of("$.missing", arr()),
                Arguments.of("$.store.book[9]", arr()));
    }

    @ParameterizedTest(name = "{0} selects {1}")
    @MethodSource("paths")
    void pathsSelectWhatOjgSelects(String path, Value expected) throws Exception {
        assertThat(call("json_path", s(STORE), s(path))).isEqualTo(expected);
    }

    static Stream<Arguments> slices() {
        return Stream.of(
                Arguments.of("$[1:3]", "[2,3]"),
                Arguments.of("$[::0]", "[]"),
                Arguments.of("$[10:]", "[]"),
                Arguments.of("$[:-10:-1]", "[1]"),
                Arguments.of("$[-4:-3]", "[3]"),
                Arguments.of("$[-4:2]", "[]"),
                Arguments.of("$[-10:]", "[1,2,3,4,5,6]"),
                Arguments.of("[-4:-1:2]", "[3,5]"),
                Arguments.of("[-1:1:-2]", "[6,4]"),
                Arguments.of("$[::-1]", "[]"),
                Arguments.of("$[0:4:2]", "[1,3]"),
                Arguments.of("$[01:03:01]", "[2,3]"),
                Arguments.of("[1,-1]", "[2,6]"),
                Arguments.of("['x',-1]", "[6]"),
                Arguments.of("[?(@ > 4)]", "[5,6]"),
                Arguments.of("[?@ > 4]", "[5,6]"),
                Arguments.of("$[?(1==1)]", "[1,2,3,4,5,6]"),
                Arguments.of("..", "[[1,2,3,4,5,6],1,2,3,4,5,6]"),
                Arguments.of("", "[]"));
    }

    @ParameterizedTest(name = "{0} on [1..6] selects {1}")
    @MethodSource("slices")
    void slicesUnionsAndFiltersFollowOjg(String path, String expected) throws Exception {
        assertThat(call("json_path", s("[1,2,3,4,5,6]"), s(path))).isEqualTo(call("json_path", s(expected), s("$.*")));
    }

    @Test
    void integersStayIntegersAsOjgParsesThem() throws Exception {
        assertThat(call("json_path", s("{\"a\": [1, 2.5, true]}"), s("$.a"))).isEqualTo(arr(arr(i(1), f(2.5), b(true))));
    }

    @Test
    void theWholeDocumentIsTheRoot() throws Exception {
        assertThat(call("json_path", s("{\"a\": 1}"), s("$"))).isEqualTo(arr(obj("a", i(1))));
    }

    @ParameterizedTest(name = "{0} fails with: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{|json_path incomplete JSON at 1:",
        "{\"a\" 1}|json_path expected a colon, not '1' at 1:",
        "[1 2]|json_path expected a comma or close, not '2' at 1:",
        "{1:2}|json_path expected a string start or object close, not '1' at 1:",
        "{\"a\":1,2}|json_path expected a string start, not '2' at 1:",
        "nul|json_path incomplete JSON at 1:",
        "nulx|json_path expected null at 1:",
        "1.x|json_path invalid number at 1:",
        "[1]x|json_path extra characters after close, 'x' at 1:",
        "@|json_path unexpected character '@' at 1:",
    })
    void invalidJsonIsReportedAsOjgWordsIt(String json, String message) {
        assertThatThrownBy(() -> call("json_path", s(json), s("$.a")))
                .isInstanceOf(ValueException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void anUnterminatedBracketIsAnError() {
        assertThatThrownBy(() -> call("json_path", s("{}"), s("$.a[")))
                .isInstanceOf(ValueException.class)
                .hasMessageStartingWith("json_path ");
    }

    @Test
    void jsonPathTakesExactlyTwoArguments() {
        assertThatThrownBy(() -> call("json_path", s("{}")))
                .hasMessage("json_path expected 2 args, got 1");
    }
}
