package io.jalloy.common.labels;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelNamesTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" legacy={1} utf8={2}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "job          | true  | true",
        "_x9          | true  | true",
        "__name__     | true  | true",
        "9lives       | false | true",
        "a-b          | false | true",
        "ünï          | false | true",
        "~~           | false | false",
    })
    void namesAreCheckedByTheLegacyAndUtf8Rules(String name, boolean legacy, boolean utf8) {
        assertThat(LabelNames.isValidLegacy(name)).isEqualTo(legacy);
        assertThat(LabelNames.isValid(name)).isEqualTo(utf8);
    }

    @Test
    void anUnpairedSurrogateIsNotValidUtf8() {
        assertThat(LabelNames.isValid("a\uD800b")).isFalse();
        assertThat(LabelNames.isValid("a\uD83D\uDE00b")).isTrue();
    }

    @Test
    void namesStartingWithTwoUnderscoresAreReserved() {
        assertThat(LabelNames.isReserved("__address__")).isTrue();
        assertThat(LabelNames.isReserved("__")).isTrue();
        assertThat(LabelNames.isReserved("_a")).isFalse();
        assertThat(LabelNames.isReserved("a__")).isFalse();
    }
}
