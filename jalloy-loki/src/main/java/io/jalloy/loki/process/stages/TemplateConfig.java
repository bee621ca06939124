package io.jalloy.loki.process.stages;

import io.jalloy.syntax.decode.Attr;

/** {@code stage.template}: sets an extracted value from a Go text/template. */
public record TemplateConfig(@Attr("source") String source, @Attr("template") String template) {}
