package io.jalloy.common.relabel;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The string tests that stand in for common regexes agree with the regex engine. */
class MatchShapeTest {

    private static final List<String> INPUTS = List.of("", "a", "b", "ab", "abc", "foo", "xfoo", "foox", "xfooy",
            "__meta_x", "__meta_", "__met", "x_total", "_total", "line\nbreak", "é", "aé", "c");

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"(.*)", ".*", "foo", "a|b|c", "a||b", "ab|abc", "__meta_.*", "__meta_(.+)", "__meta_.+",
        "__meta_(.*)", ".*_total", ".+_total", "(.*)foo", ".*foo.*", ".+", "(.+)", "a.*", "line.*", ".*k",
        "a|", "(a|b)", "[ab]", "a.b", ".*foo(.*)"})
    void agreesWithTheRegexEngineOnEveryInput(String regex) throws Exception {
        MatchShape shape = MatchShape.of(regex);
        Pattern p = Pattern.compile("^(?s:" + regex + ")$");
        for (String in : INPUTS) {
            boolean expected = p.matches(in);
            if (shape != null) {
                assertThat(shape.matches(in)).as("%s on %s", regex, in).isEqualTo(expected);
            }
            assertThat(RelabelRegex.compile(regex).matches(in)).as("%s on %s", regex, in).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"foo", "a|b|c", "__meta_.*", "__meta_(.+)", ".*_total", ".*foo.*", ".+", "(.*)"})
    void commonShapesAreRecognised(String regex) {
        assertThat(MatchShape.of(regex)).isNotNull();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"(a|b)", "[ab]", "a.b", "a|", "x+y", "^a", "\\\\d"})
    void otherRegexesAreLeftToTheEngine(String regex) {
        assertThat(MatchShape.of(regex)).isNull();
    }
}
