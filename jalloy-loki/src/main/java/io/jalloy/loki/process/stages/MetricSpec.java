package io.jalloy.loki.process.stages;

import io.jalloy.syntax.decode.Attr;
import java.time.Duration;
import java.util.List;

/**
 * The arguments of a {@code metric.counter}, {@code metric.gauge} or {@code metric.histogram}
 * block; the kinds share most of them, and each kind's checks run when the stage is built.
 */
public record MetricSpec(
        @Attr("name") String name,
        @Attr(value = "action", optional = true) String action,
        @Attr(value = "description", optional = true) String description,
        @Attr(value = "prefix", optional = true) String prefix,
        @Attr(value = "source", optional = true) String source,
        @Attr(value = "value", optional = true) String value,
        @Attr(value = "max_idle_duration", optional = true) Duration maxIdleDuration,
        @Attr(value = "match_all", optional = true) boolean matchAll,
        @Attr(value = "count_entry_bytes", optional = true) boolean countEntryBytes,
        @Attr(value = "buckets", optional = true) List<Double> buckets) {

    public static MetricSpec defaults() {
        return new MetricSpec("", "", "", "loki_process_custom_", "", "", Duration.ofMinutes(5), false, false, List.of());
    }
}
