package io.jalloy.loki.process.stages;

import io.jalloy.syntax.decode.Attr;
import java.util.Map;

/**
 * {@code stage.labels}: sets labels from extracted values (or structured metadata); an empty
 * source name means the label's own name.
 */
public record LabelsConfig(
        @Attr("values") Map<String, String> values,
        @Attr(value = "source_type", optional = true) String sourceType) {

    public static LabelsConfig defaults() {
        return new LabelsConfig(Map.of(), "extracted");
    }
}
