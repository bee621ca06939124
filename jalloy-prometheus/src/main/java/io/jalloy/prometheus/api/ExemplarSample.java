package io.jalloy.prometheus.api;

import io.jalloy.common.labels.Labels;

/** An exemplar: its own labels (such as trace_id), value, and timestamp when it has one. */
public record ExemplarSample(Labels labels, double value, long timestampMs, boolean hasTimestamp) {}
