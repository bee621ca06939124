package io.jalloy.prometheus.internal.exposition;

import java.util.List;
import java.util.Map;

/** Immutable copies of parser callbacks, as {@link CollectingSink} records them (tests, tools). */
public sealed interface Collected {
    /** A HELP entry with its text unescaped. */
    record Help(String name, String text) implements Collected {}

    /** A TYPE entry. */
    record Type(String name, MetricType type) implements Collected {}

    /** A UNIT entry. */
    record Unit(String name, String unit) implements Collected {}

    /** A copied exemplar; {@code timestampMs} is {@link Series#NO_TIMESTAMP} when absent. */
    record CollectedExemplar(Map<String, String> labels, double value, long timestampMs) {}

    /**
     * A float sample. Labels keep exposition order; {@code timestampMs} and {@code startTimestampMs}
     * are {@link Series#NO_TIMESTAMP} when absent.
     */
    record Sample(String name, Map<String, String> labels, double value, long timestampMs, MetricType type,
            boolean typeDeclared, SampleRole role, long startTimestampMs, CollectedExemplar exemplar)
            implements Collected {}

    /** One side of a native histogram: spans as {offset, length} pairs, then deltas or counts. */
    record Buckets(List<int[]> spans, List<Long> deltas, List<Double> counts) {}

    /** A native histogram sample with its exemplars. */
    record Histogram(String name, Map<String, String> labels, long timestampMs, boolean isFloat, boolean gauge,
            int schema, double zeroThreshold, double zeroCount, double count, double sum, Buckets positive,
            Buckets negative, List<CollectedExemplar> exemplars, long startTimestampMs) implements Collected {}
}
