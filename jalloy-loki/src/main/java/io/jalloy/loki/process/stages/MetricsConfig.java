package io.jalloy.loki.process.stages;

import io.jalloy.syntax.decode.Enum;
import java.util.List;

/** {@code stage.metrics}: Prometheus metrics updated from extracted values. */
public record MetricsConfig(@Enum(value = "metric", optional = true) List<MetricConfig> metrics) {}
