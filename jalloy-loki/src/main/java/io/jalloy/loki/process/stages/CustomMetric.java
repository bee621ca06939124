package io.jalloy.loki.process.stages;

import io.jalloy.common.labels.Labels;
import io.prometheus.metrics.model.registry.Collector;
import io.prometheus.metrics.model.snapshots.ClassicHistogramBuckets;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One {@code metric.*} of {@code stage.metrics}: series keyed by the entry's label set (which is
 * dynamic, hence a hand-written collector), dropped once idle for {@code max_idle_duration}.
 * The pipeline thread updates series; the scrape thread reads them; each series guards itself.
 */
final class CustomMetric implements Collector {
    enum Kind { COUNTER, GAUGE, HISTOGRAM }

    private static final class Series {
        double value; // counter/gauge value, or histogram sum
        long[] counts; // histogram bucket counts (non-cumulative), last is +Inf
        long lastUpdate;
    }

    private final Kind kind;
    private final String name;
    private final String help;
    private final double[] bounds; // with +Inf last
    private final long maxIdleNanos;
    private final LongSupplier clock;
    private final Map<Labels, Series> series = new ConcurrentHashMap<>();

    CustomMetric(Kind kind, String name, String help, List<Double> buckets, long maxIdleNanos, LongSupplier clock) {
        this.kind = kind;
        this.name = kind == Kind.COUNTER && name.endsWith("_total") ? name.substring(0, name.length() - 6) : name;
        this.help = help;
        if (kind == Kind.HISTOGRAM) {
            bounds = new double[buckets.size() + 1];
            for (int i = 0; i < buckets.size(); i++) {
                bounds[i] = buckets.get(i);
            }
            java.util.Arrays.sort(bounds, 0, buckets.size());
            bounds[buckets.size()] = Double.POSITIVE_INFINITY;
        } else {
            bounds = null;
        }
        this.maxIdleNanos = maxIdleNanos;
        this.clock = clock;
    }

    private Series get(Labels labels) {
        Labels key = labels.hasReserved() ? labels.withoutReserved() : labels;
        return series.computeIfAbsent(key, k -> {
            Series s = new Series();
            if (bounds != null) {
                s.counts = new long[bounds.length];
            }
            return s;
        });
    }

    void add(Labels labels, double delta) {
        Series s = get(labels);
        synchronized (s) {
            s.value += delta;
            s.lastUpdate = clock.getAsLong();
        }
    }

    void set(Labels labels, double v) {
        Series s = get(labels);
        synchronized (s) {
            s.value = v;
            s.lastUpdate = clock.getAsLong();
        }
    }

    void observe(Labels labels, double v) {
        Series s = get(labels);
        synchronized (s) {
            int i = 0;
            while (v > bounds[i]) {
                i++;
            }
            s.counts[i]++;
            s.value += v;
            s.lastUpdate = clock.getAsLong();
        }
    }

    @Override
    public String getPrometheusName() {
        return name;
    }

    @Override
    public MetricSnapshot collect() {
        long now = clock.getAsLong();
        series.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return now - e.getValue().lastUpdate > maxIdleNanos;
            }
        });
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        switch (kind) {
            case COUNTER -> {
                var b = CounterSnapshot.builder().name(name).help(help);
                series.forEach((l, s) -> {
                    synchronized (s) {
                        b.dataPoint(CounterSnapshot.CounterDataPointSnapshot.builder()
                                .labels(promLabels(l, names, values)).value(s.value).build());
                    }
                });
                return b.build();
            }
            case GAUGE -> {
                var b = GaugeSnapshot.builder().name(name).help(help);
                series.forEach((l, s) -> {
                    synchronized (s) {
                        b.dataPoint(GaugeSnapshot.GaugeDataPointSnapshot.builder()
                                .labels(promLabels(l, names, values)).value(s.value).build());
                    }
                });
                return b.build();
            }
            default -> {
                var b = HistogramSnapshot.builder().name(name).help(help);
                series.forEach((l, s) -> {
                    synchronized (s) {
                        b.dataPoint(HistogramSnapshot.HistogramDataPointSnapshot.builder()
                                .labels(promLabels(l, names, values))
                                .classicHistogramBuckets(ClassicHistogramBuckets.of(bounds, s.counts.clone()))
                                .sum(s.value).build());
                    }
                });
                return b.build();
            }
        }
    }

    private static io.prometheus.metrics.model.snapshots.Labels promLabels(Labels l, List<String> names,
            List<String> values) {
        names.clear();
        values.clear();
        for (int i = 0; i < l.size(); i++) {
            names.add(l.name(i));
            values.add(l.value(i));
        }
        return io.prometheus.metrics.model.snapshots.Labels.of(names, values);
    }
}
