package io.jalloy.loki.process.stages;

import io.jalloy.syntax.decode.Attr;
import java.util.Map;

/** {@code stage.static_labels}: adds fixed labels. */
public record StaticLabelsConfig(@Attr(value = "values", optional = true) Map<String, String> values) {}
