package io.jalloy.runtime.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoDurationTest {

    @ParameterizedTest(name = "{0} formats as {1}")
    @CsvSource({
        "PT0S, 0s",
        "PT1M, 1m0s",
        "PT1H, 1h0m0s",
        "PT1.5S, 1.5s",
        "PT0.0015S, 1.5ms",
        "PT0.000001S, 1µs",
        "PT0.00000001S, 10ns",
        "PT26H3M4.05S, 26h3m4.05s",
        "-PT5S, -5s"
    })
    void durationsFormatAsGoPrintsThem(String iso, String expected) {
        assertThat(GoDuration.format(Duration.parse(iso))).isEqualTo(expected);
    }
}
