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

    @Test
    void integersStayIntegersAsOjgParsesThem() throws Exception {
        assertThat(call("json_path", s("{\"a\": [1, 2.5, true]}"), s("$.a"))).isEqualTo(arr(arr(i(1), f(2.5), b(true))));
    }

    @Test
    void theWholeDocumentIsTheRoot() throws Exception {
        assertThat(call("json_path", s("{\"a\": 1}"), s("$"))).isEqualTo(arr(obj("a", i(1))));
    }

    @Test
    void invalidJsonIsAnError() {
        assertThatThrownBy(() -> call("json_path", s("{"), s("$.a")))
                .isInstanceOf(ValueException.class)
                .hasMessageStartingWith("json_path ");
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
