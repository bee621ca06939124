package io.jalloy.loki.process.stages;

import io.jalloy.syntax.decode.Attr;

/** {@code stage.limit}: a token bucket of {@code burst} refilled at {@code rate} per second. */
public record LimitConfig(
        @Attr("rate") double rate,
        @Attr("burst") int burst,
        @Attr(value = "drop", optional = true) boolean drop,
        @Attr(value = "by_label_name", optional = true) String byLabelName,
        @Attr(value = "max_distinct_labels", optional = true) int maxDistinctLabels) {

    public static LimitConfig defaults() {
        return new LimitConfig(0, 0, false, "", 10000);
    }
}
