package io.jalloy.loki.process.stages;

import io.jalloy.syntax.decode.Attr;

/** {@code stage.output}: replaces the line with an extracted value. */
public record OutputConfig(@Attr("source") String source) {}
