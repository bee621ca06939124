package io.jalloy.loki.process.stages;

import io.jalloy.syntax.decode.Attr;
import java.util.List;

/** {@code stage.structured_metadata_drop}: removes structured metadata keys. */
public record StructuredMetadataDropConfig(@Attr(value = "values", optional = true) List<String> values) {}
