package io.jalloy.loki.process.stages;

import io.jalloy.syntax.decode.Attr;
import java.util.List;

/** {@code stage.timestamp}: parses an extracted value with a Go layout into the entry's timestamp. */
public record TimestampConfig(
        @Attr("source") String source,
        @Attr("format") String format,
        @Attr(value = "fallback_formats", optional = true) List<String> fallbackFormats,
        @Attr(value = "location", optional = true) String location,
        @Attr(value = "action_on_failure", optional = true) String actionOnFailure) {

    public static TimestampConfig defaults() {
        return new TimestampConfig("", "", List.of(), null, "");
    }
}
