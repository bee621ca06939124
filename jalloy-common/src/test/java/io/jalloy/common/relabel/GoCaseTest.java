package io.jalloy.common.relabel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Case conversion as Go's strings package does it, rune by rune. */
class GoCaseTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "bAr123Foo | bar123foo | BAR123FOO",
        "straße    | straße    | STRAßE",
        "İstanbul  | istanbul  | İSTANBUL",
        "ΟΔΟΣ      | οδοσ      | ΟΔΟΣ",
        "ǅ         | ǆ         | Ǆ",
        "😀a       | 😀a       | 😀A",
    })
    void convertsEachCodePointWithTheSimpleMapping(String in, String lower, String upper) {
        assertThat(GoCase.lower(in)).isEqualTo(lower);
        assertThat(GoCase.upper(in)).isEqualTo(upper);
    }

    @Test
    void aStringThatNeedsNoChangeIsReturnedAsItIs() {
        String s = new String("already lower 42");
        assertThat(GoCase.lower(s)).isSameAs(s);
    }
}
