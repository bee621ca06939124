package io.jalloy.loki.process.stages;

import io.jalloy.syntax.decode.Block;

/** One {@code metric.<kind>} block: exactly one of the kinds is set. */
public record MetricConfig(
        @Block(value = "counter", optional = true) MetricSpec counter,
        @Block(value = "gauge", optional = true) MetricSpec gauge,
        @Block(value = "histogram", optional = true) MetricSpec histogram) {}
