package io.jalloy.common.relabel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Replacement expansion with Go's {@code Regexp.Expand} rules. */
class TemplateExpansionTest {

    private static String expand(String regex, String template, String input) throws Exception {
        RelabelRegex re = RelabelRegex.compile(regex);
        int[] spans = re.match(input);
        assertThat(spans).as("the regex must match the input").isNotNull();
        return Template.parse(template, re).expand(input, spans);
    }

    @ParameterizedTest(name = "[{index}] {1} on {2} gives \"{3}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "(a)(b)              | $1$2           | ab      | ab",
        "(a)(b)              | ${2}-${1}      | ab      | b-a",
        "(a)(b)              | $0             | ab      | ab",
        "(a)(b)              | $3             | ab      | ''",
        "(a)(b)              | $1x            | ab      | ''",
        "(a)(b)              | ${1}x          | ab      | ax",
        "(a)(b)              | $$1            | ab      | $1",
        "(a)(b)              | $$$1           | ab      | $a",
        "(a)(b)              | cost: $        | ab      | cost: $",
        "(a)(b)              | ${             | ab      | ${",
        "(a)(b)              | ${1            | ab      | ${1",
        "(a)(b)              | $-             | ab      | $-",
        "(a)(b)              | $01            | ab      | ''",
        "(?P<first>a)(b)     | $first/$2      | ab      | a/b",
        "(?P<first>a)(b)     | ${first}_x     | ab      | a_x",
        "(?P<first>a)(b)     | ${nosuch}      | ab      | ''",
        "(a)?(b)             | [$1][$2]       | b       | [][b]",
        "(.*)                | <$1>           | xyz     | <xyz>",
        "(.*)                | <$1>           | ''      | <>",
        "literal             | $1-$0          | literal | -literal",
        "(é+)(.)             | $2$1           | ééx     | xéé",
    })
    void expandsLikeGo(String regex, String template, String input, String expected) throws Exception {
        assertThat(expand(regex, template, input)).isEqualTo(expected);
    }
}
