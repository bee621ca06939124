package io.jalloy.loki.process.stages;

import io.jalloy.syntax.decode.Attr;

/** {@code stage.regex}: extracts named RE2 groups. */
public record RegexConfig(
        @Attr("expression") String expression,
        @Attr(value = "source", optional = true) String source,
        @Attr(value = "labels_from_groups", optional = true) boolean labelsFromGroups) {

    public static RegexConfig defaults() {
        return new RegexConfig("", null, false);
    }
}
