package io.jalloy.loki.process.stages;

import io.jalloy.syntax.decode.Attr;
import java.util.Map;

/** {@code stage.structured_metadata}: copies extracted values into structured metadata. */
public record StructuredMetadataConfig(
        @Attr(value = "values", optional = true) Map<String, String> values,
        @Attr(value = "regex", optional = true) String regex) {}
