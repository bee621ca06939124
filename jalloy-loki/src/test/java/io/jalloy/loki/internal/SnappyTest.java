package io.jalloy.loki.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Jalloy's snappy against snappy-java (the reference C++ library), both ways. */
class SnappyTest {

    static Stream<Arguments> inputs() {
        Random r = new Random(42);
        byte[] random = new byte[200_000];
        r.nextBytes(random);
        StringBuilder logs = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            logs.append("level=info ts=2026-01-01T00:00:").append(i % 60).append(" msg=\"request served\" path=/api/v")
                    .append(i % 7).append(" status=200\n");
        }
        byte[] runs = new byte[100_000];
        Arrays.fill(runs, (byte) 'a');
        return Stream.of(
                Arguments.of("empty", new byte[0]),
                Arguments.of("one byte", new byte[] {7}),
                Arguments.of("short text", "hello hello hello".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("log lines", logs.toString().getBytes(StandardCharsets.UTF_8)),
                Arguments.of("random bytes", random),
                Arguments.of("one long run", runs));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void referenceLibraryDecompressesWhatWeCompress(String name, byte[] input) throws Exception {
        byte[] out = new byte[Snappy.maxCompressedLength(input.length)];
        int n = new Snappy().compress(input, input.length, out);
        assertThat(org.xerial.snappy.Snappy.uncompress(Arrays.copyOf(out, n))).isEqualTo(input);
        if (name.equals("log lines") || name.equals("one long run")) {
            assertThat(n).isLessThan(input.length / 4);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void weDecompressWhatTheReferenceLibraryCompresses(String name, byte[] input) throws Exception {
        byte[] compressed = org.xerial.snappy.Snappy.compress(input);
        assertThat(Snappy.decompress(compressed, compressed.length)).isEqualTo(input);
    }

    @Test
    void corruptInputIsRejectedNotCrashedOn() {
        byte[] bad = {10, (byte) 0xF0, 1, 2};
        assertThatThrownBy(() -> Snappy.decompress(bad, bad.length)).isInstanceOf(IllegalArgumentException.class);
        byte[] badOffset = {5, 0x01 | (0 << 2), 9};
        assertThatThrownBy(() -> Snappy.decompress(badOffset, badOffset.length)).isInstanceOf(IllegalArgumentException.class);
    }
}
