package io.jalloy.syntax.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoDurationTest {

    @ParameterizedTest(name = "{0} is {1} ns")
    @CsvSource(delimiter = ';', textBlock = """
            0              ; 0
            +0             ; 0
            1m30s          ; 90000000000
            500ms          ; 500000000
            1h             ; 3600000000000
            2h45m          ; 9900000000000
            -1.5h          ; -5400000000000
            1.5s           ; 1500000000
            .5s            ; 500000000
            3.s            ; 3000000000
            10us           ; 10000
            10µs           ; 10000
            10μs           ; 10000
            7ns            ; 7
            1h1m1s1ms1us1ns ; 3661001001001
            0.000000001s   ; 1
            """)
    void parsesGoDurations(String text, long nanos) throws ValueException {
        assertThat(GoDuration.parseNanos(text)).isEqualTo(nanos);
    }

    @ParameterizedTest(name = "{0} fails with {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '\'', textBlock = """
            ''         ; time: invalid duration ""
            1          ; time: missing unit in duration "1"
            1x         ; time: unknown unit "x" in duration "1x"
            .          ; time: invalid duration "."
            -          ; time: invalid duration "-"
            s          ; time: invalid duration "s"
            1h-1m      ; time: unknown unit "h-" in duration "1h-1m"
            9999999999999h ; time: invalid duration "9999999999999h"
            5 s        ; time: unknown unit " s" in duration "5 s"
            """)
    void rejectsWhatGoRejectsWithGosText(String text, String message) {
        assertThatThrownBy(() -> GoDuration.parse(text)).isInstanceOf(ValueException.class).hasMessage(message);
    }

    @ParameterizedTest(name = "{0} ns prints as {1}")
    @CsvSource(delimiter = ';', textBlock = """
            0                    ; 0s
            1                    ; 1ns
            1500                 ; 1.5µs
            500000000            ; 500ms
            1500000000           ; 1.5s
            90000000000          ; 1m30s
            3600000000000        ; 1h0m0s
            -60000000000         ; -1m0s
            9900000000000        ; 2h45m0s
            9223372036854775807  ; 2562047h47m16.854775807s
            -9223372036854775808 ; -2562047h47m16.854775808s
            """)
    void formatsLikeGo(long nanos, String text) {
        assertThat(GoDuration.format(nanos)).isEqualTo(text);
    }

    @Test
    void formattingAndParsingRoundTrip() throws ValueException {
        for (String s : new String[] {"1h2m3.5s", "15s", "250ms", "3µs", "-7m0s"}) {
            assertThat(GoDuration.format(GoDuration.parse(s))).isEqualTo(s);
        }
        assertThat(GoDuration.parse("1m")).isEqualTo(Duration.ofMinutes(1));
    }
}
