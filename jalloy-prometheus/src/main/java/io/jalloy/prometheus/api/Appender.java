package io.jalloy.prometheus.api;

import io.jalloy.common.labels.Labels;

/**
 * Collects one batch of samples for a {@link MetricsReceiver}; nothing is visible downstream
 * until {@link #commit}. Confined to the thread that asked for it.
 *
 * <p>Each append takes the series reference that an earlier append returned for the same labels
 * (or {@link #NO_REF}) and returns the reference to use next time. A receiver may return
 * {@code NO_REF} when it keeps no references; callers then pass labels every time, as they must
 * anyway. References are only meaningful to the receiver that issued them.
 */
public interface Appender {
    /** "No reference known yet". */
    long NO_REF = 0;

    /** A float sample; a value with {@link StaleMarkers#STALE_NAN_BITS} bits marks the series stale. */
    long append(long ref, Labels labels, long timestampMs, double value);

    /** A native histogram sample. */
    long appendHistogram(long ref, Labels labels, long timestampMs, HistogramSample histogram);

    /** An exemplar attached to the series. */
    long appendExemplar(long ref, Labels labels, ExemplarSample exemplar);

    /** Type, help and unit of the metric family {@code labels} belongs to. */
    long updateMetadata(long ref, Labels labels, MetricMetadata metadata);

    /** Hands the batch on. */
    void commit();

    /** Discards the batch. */
    void rollback();
}
