package io.jalloy.loki.source.file;

import io.jalloy.syntax.decode.Attr;
import java.time.Duration;

/**
 * The {@code decompression} block: the targets are compressed files, read once.
 *
 * @param enabled whether decompression is on
 * @param initialDelay a wait before reading a new file, so that one still being compressed is not read half-done
 * @param format gz, z (zlib) or bz2
 */
public record Decompression(
        @Attr("enabled") boolean enabled,
        @Attr(value = "initial_delay", optional = true) Duration initialDelay,
        @Attr("format") CompressionFormat format) {

    public static Decompression defaults() {
        return new Decompression(false, Duration.ZERO, CompressionFormat.NONE);
    }
}
