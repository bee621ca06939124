package io.jalloy.loki.process.stages;

import io.jalloy.syntax.decode.Attr;
import java.util.Map;

/** {@code stage.json}: extracts values from JSON with JMESPath expressions; {@code source} null means the line. */
public record JsonConfig(
        @Attr("expressions") Map<String, String> expressions,
        @Attr(value = "source", optional = true) String source,
        @Attr(value = "drop_malformed", optional = true) boolean dropMalformed) {

    public static JsonConfig defaults() {
        return new JsonConfig(Map.of(), null, false);
    }
}
