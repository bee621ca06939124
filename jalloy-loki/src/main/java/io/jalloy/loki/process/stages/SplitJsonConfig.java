package io.jalloy.loki.process.stages;

import io.jalloy.syntax.decode.Attr;

/** {@code stage.split_json}: turns a JSON array line (or extracted value) into one entry per element. */
public record SplitJsonConfig(@Attr(value = "source", optional = true) String source) {

    public static SplitJsonConfig defaults() {
        return new SplitJsonConfig(null);
    }
}
