package io.jalloy.syntax.stdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.jalloy.syntax.diag.Diagnostics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Stdlib failures as the evaluator reports them: position and Alloy's wording. */
class StdlibErrorsEndToEndTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "string.join(\"abc\", \"-\")|example:1:13: \"abc\" should be array, got string",
        "array.concat([1], 2)|example:1:19: 2 should be array, got number",
        "string.to_upper()|example:1:1: string.to_upper expected 1 args, got 0",
        "encoding.from_base64(\"abc!\")|example:1:1: encoding.from_base64 illegal base64 data at input byte 3",
        "encoding.from_json(\"{\")|example:1:1: encoding.from_json unexpected end of JSON input",
        "array.combine_maps([], [], [])|example:1:1: combine_maps: merge conditions must not be empty",
    })
    void failuresAreReportedWhereAlloyReportsThem(String expr, String expected) {
        try {
            StdlibEndToEndTest.eval(expr);
            fail("expected an error from " + expr);
        } catch (Diagnostics d) {
            assertThat(d.list()).hasSize(1);
            assertThat(d.list().get(0).toString()).isEqualTo(expected);
        }
    }
}
