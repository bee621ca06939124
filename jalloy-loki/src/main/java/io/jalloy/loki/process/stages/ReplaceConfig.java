package io.jalloy.loki.process.stages;

import io.jalloy.syntax.decode.Attr;

/** {@code stage.replace}: replaces each captured group with a (templated) replacement. */
public record ReplaceConfig(
        @Attr("expression") String expression,
        @Attr(value = "source", optional = true) String source,
        @Attr(value = "replace", optional = true) String replace) {

    public static ReplaceConfig defaults() {
        return new ReplaceConfig("", null, "");
    }
}
