package io.jalloy.common.compress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The shared snappy block codec: round trips, compression of log text, corrupt input. */
class SnappyBlockTest {

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
    void whatIsCompressedDecompressesToTheSameBytes(String name, byte[] input) throws Exception {
        SnappyBlock s = new SnappyBlock();
        s.compress(input, input.length);
        assertThat(SnappyBlock.uncompressedLength(s.output(), 0, s.length())).isEqualTo(input.length);
        assertThat(SnappyBlock.decompress(s.output(), 0, s.length())).isEqualTo(input);
        if (name.equals("log lines") || name.equals("one long run")) {
            assertThat(s.length()).isLessThan(input.length / 4);
        }
    }

    @Test
    void oneInstanceCompressesBodiesOfGrowingSize() throws Exception {
        SnappyBlock s = new SnappyBlock();
        byte[] big = new byte[1 << 20];
        new Random(1).nextBytes(big);
        s.compress("small".getBytes(StandardCharsets.UTF_8), 5);
        s.compress(big, big.length);
        assertThat(SnappyBlock.decompress(s.output(), 0, s.length())).isEqualTo(big);
    }

    @Test
    void corruptInputIsAnIoExceptionNotACrash() {
        byte[] bad = {10, (byte) 0xF0, 1, 2};
        assertThatThrownBy(() -> SnappyBlock.decompress(bad, 0, bad.length)).isInstanceOf(IOException.class);
        byte[] badOffset = {5, 0x01, 9};
        assertThatThrownBy(() -> SnappyBlock.decompress(badOffset, 0, badOffset.length)).isInstanceOf(IOException.class);
    }
}
