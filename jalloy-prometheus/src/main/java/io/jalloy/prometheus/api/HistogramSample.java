package io.jalloy.prometheus.api;

/**
 * A native histogram sample with float counts (Prometheus's FloatHistogram): spans are
 * (offset, length) pairs, counts are absolute per bucket. {@code counterReset} follows
 * Prometheus's hint values (0 unknown, 1 yes, 2 no, 3 gauge).
 */
public record HistogramSample(int schema, double zeroThreshold, double zeroCount, double count, double sum,
                              int[] positiveSpans, double[] positiveCounts,
                              int[] negativeSpans, double[] negativeCounts, int counterReset) {}
