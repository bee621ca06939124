package io.jalloy.loki.process.stages;

import io.jalloy.syntax.decode.Attr;
import java.util.List;

/** {@code stage.pack}: wraps the line and chosen labels/extracted values into a JSON object. */
public record PackConfig(
        @Attr("labels") List<String> labels,
        @Attr(value = "ingest_timestamp", optional = true) boolean ingestTimestamp) {

    public static PackConfig defaults() {
        return new PackConfig(List.of(), true);
    }
}
