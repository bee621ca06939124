package io.jalloy.loki.process.stages;

import io.jalloy.syntax.decode.Attr;

/** {@code stage.pattern}: extracts values with a Loki pattern ({@code <name>} captures, {@code <_>} skips). */
public record PatternConfig(
        @Attr("pattern") String pattern,
        @Attr(value = "source", optional = true) String source,
        @Attr(value = "labels_from_groups", optional = true) boolean labelsFromGroups) {

    public static PatternConfig defaults() {
        return new PatternConfig("", null, false);
    }
}
