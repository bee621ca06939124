package io.jalloy.prometheus.internal.remotewrite;

import io.jalloy.common.labels.Labels;
import io.jalloy.prometheus.api.ExemplarSample;
import io.jalloy.prometheus.api.HistogramSample;
import java.util.List;

/** A decoded {@code WriteRequest}: what {@code prometheus.receive_http} appends and tests inspect. */
public record DecodedWriteRequest(List<Series> series, List<Metadata> metadata) {

    /** One TimeSeries; {@code timestamps[i]} pairs with {@code values[i]}. */
    public record Series(Labels labels, long[] timestamps, double[] values, List<ExemplarSample> exemplars,
                         List<TimedHistogram> histograms) {}

    /** A histogram sample and its timestamp. */
    public record TimedHistogram(long timestampMs, HistogramSample histogram) {}

    /** One MetricMetadata entry, its type as Prometheus's lower-case name. */
    public record Metadata(String family, String type, String help, String unit) {}
}
