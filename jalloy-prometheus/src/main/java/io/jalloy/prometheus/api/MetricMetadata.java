package io.jalloy.prometheus.api;

/** A metric family's type (Prometheus's lower-case names: counter, gauge, histogram, ...), help and unit. */
public record MetricMetadata(String type, String help, String unit) {}
