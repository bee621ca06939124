package io.jalloy.remote.testing;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;

/** Reads one unlabelled counter or gauge from a registry. */
public final class MetricValues {
    private MetricValues() {}

    /** The value of series {@code name} (a counter without its {@code _total}), or NaN when absent. */
    public static double value(PrometheusRegistry registry, String name) {
        for (MetricSnapshot snapshot : registry.scrape()) {
            if (!snapshot.getMetadata().getPrometheusName().equals(name)) {
                continue;
            }
            if (snapshot instanceof CounterSnapshot counter) {
                return counter.getDataPoints().getFirst().getValue();
            }
            if (snapshot instanceof GaugeSnapshot gauge) {
                return gauge.getDataPoints().getFirst().getValue();
            }
        }
        return Double.NaN;
    }
}
