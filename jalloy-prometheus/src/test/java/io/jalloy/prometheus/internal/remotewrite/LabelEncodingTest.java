package io.jalloy.prometheus.internal.remotewrite;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.labels.Labels;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Labels encoded in place (through the pair cache) give the same bytes as pre-encoded labels. */
class LabelEncodingTest {

    private static byte[] body(WriteRequestEncoder enc) {
        return Arrays.copyOf(enc.buffer().array(), enc.buffer().size());
    }

    @Test
    void inPlaceEncodingMatchesPreEncodedLabelsAcrossRepeatsAndLongAndNonAsciiValues() {
        String longValue = "x".repeat(300);
        Labels[] series = {
            Labels.of("__name__", "up", "job", "a", "instance", "h:1"),
            Labels.of("__name__", "up", "job", "b", "instance", "h:1"),
            Labels.of("__name__", "m", "city", "Zürich", "long", longValue),
            Labels.of("__name__", "up", "job", "a", "instance", "h:1"),
        };
        WriteRequestEncoder inPlace = new WriteRequestEncoder();
        WriteRequestEncoder pre = new WriteRequestEncoder();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < series.length; i++) {
                inPlace.addSample(series[i], 1000L * i, i + 0.5);
                pre.addSample(WriteRequestEncoder.encodeLabels(series[i]), 1000L * i, i + 0.5);
            }
        }
        assertThat(body(inPlace)).isEqualTo(body(pre));
        DecodedWriteRequest decoded = WriteRequestDecoder.decode(body(inPlace));
        assertThat(decoded.series()).hasSize(12);
    }
}
