package io.jalloy.loki.process.stages;

import io.jalloy.syntax.decode.Attr;
import java.util.Map;

/** {@code stage.logfmt}: extracts logfmt fields; an empty field name means the key's own name. */
public record LogfmtConfig(
        @Attr("mapping") Map<String, String> mapping,
        @Attr(value = "source", optional = true) String source) {

    public static LogfmtConfig defaults() {
        return new LogfmtConfig(Map.of(), null);
    }
}
