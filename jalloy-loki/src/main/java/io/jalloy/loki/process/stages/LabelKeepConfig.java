package io.jalloy.loki.process.stages;

import io.jalloy.syntax.decode.Attr;
import java.util.List;

/** {@code stage.label_keep}: keeps only the listed labels. */
public record LabelKeepConfig(@Attr(value = "values", optional = true) List<String> values) {}
