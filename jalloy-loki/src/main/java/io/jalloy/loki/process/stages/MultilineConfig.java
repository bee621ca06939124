package io.jalloy.loki.process.stages;

import io.jalloy.syntax.decode.Attr;
import java.time.Duration;

/** {@code stage.multiline}: joins lines into blocks that start with a {@code firstline} match. */
public record MultilineConfig(
        @Attr("firstline") String firstline,
        @Attr(value = "max_lines", optional = true) long maxLines,
        @Attr(value = "max_wait_time", optional = true) Duration maxWaitTime) {

    public static MultilineConfig defaults() {
        return new MultilineConfig("", 128, Duration.ofSeconds(3));
    }
}
