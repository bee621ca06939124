package io.jalloy.loki.process.stages;

import io.jalloy.syntax.decode.Attr;
import java.util.List;

/** {@code stage.label_drop}: removes the listed labels. */
public record LabelDropConfig(@Attr(value = "values", optional = true) List<String> values) {}
