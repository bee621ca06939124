package io.jalloy.runtime.metrics;

import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.CounterSnapshot.CounterDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.DataPointSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot.HistogramDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.InfoSnapshot;
import io.prometheus.metrics.model.snapshots.InfoSnapshot.InfoDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.StateSetSnapshot;
import io.prometheus.metrics.model.snapshots.StateSetSnapshot.StateSetDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.SummarySnapshot;
import io.prometheus.metrics.model.snapshots.SummarySnapshot.SummaryDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.UnknownSnapshot;
import io.prometheus.metrics.model.snapshots.UnknownSnapshot.UnknownDataPointSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Rebuilds client_java snapshots with extra labels, and merges same-named snapshots. client_java
 * has no wrapping registry like Go's {@code WrapRegistererWith}, so this does it at scrape time.
 */
final class Relabel {

    private Relabel() {}

    /** {@code s} with {@code extra} merged into every data point's labels. */
    static MetricSnapshot withLabels(MetricSnapshot s, Labels extra) {
        return switch (s) {
            case CounterSnapshot c -> new CounterSnapshot(c.getMetadata(), map(c.getDataPoints(), p -> new CounterDataPointSnapshot(
                    p.getValue(), p.getLabels().merge(extra), p.getExemplar(), created(p), scraped(p))));
            case GaugeSnapshot g -> new GaugeSnapshot(g.getMetadata(), map(g.getDataPoints(), p -> new GaugeDataPointSnapshot(
                    p.getValue(), p.getLabels().merge(extra), p.getExemplar(), scraped(p))));
            case HistogramSnapshot h -> new HistogramSnapshot(h.isGaugeHistogram(), h.getMetadata(), map(h.getDataPoints(),
                    p -> new HistogramDataPointSnapshot(p.getClassicBuckets(), p.getNativeSchema(), p.getNativeZeroCount(),
                            p.getNativeZeroThreshold(), p.getNativeBucketsForPositiveValues(),
                            p.getNativeBucketsForNegativeValues(), p.getSum(), p.getLabels().merge(extra),
                            p.getExemplars(), created(p), scraped(p))));
            case SummarySnapshot m -> new SummarySnapshot(m.getMetadata(), map(m.getDataPoints(), p -> new SummaryDataPointSnapshot(
                    p.getCount(), p.getSum(), p.getQuantiles(), p.getLabels().merge(extra), p.getExemplars(), created(p), scraped(p))));
            case InfoSnapshot i -> new InfoSnapshot(i.getMetadata(), map(i.getDataPoints(),
                    p -> new InfoDataPointSnapshot(p.getLabels().merge(extra), scraped(p))));
            case StateSetSnapshot ss -> new StateSetSnapshot(ss.getMetadata(), map(ss.getDataPoints(), p -> {
                String[] names = new String[p.size()];
                boolean[] values = new boolean[p.size()];
                for (int k = 0; k < p.size(); k++) {
                    names[k] = p.getName(k);
                    values[k] = p.isTrue(k);
                }
                return new StateSetDataPointSnapshot(names, values, p.getLabels().merge(extra), scraped(p));
            }));
            case UnknownSnapshot u -> new UnknownSnapshot(u.getMetadata(), map(u.getDataPoints(), p -> new UnknownDataPointSnapshot(
                    p.getValue(), p.getLabels().merge(extra), p.getExemplar(), scraped(p))));
            default -> throw new IllegalArgumentException("unsupported metric type " + s.getClass().getSimpleName());
        };
    }

    /**
     * One snapshot holding the data points of all of {@code family} (same name). The first
     * snapshot's type and metadata win; snapshots of another type are dropped, since one family
     * cannot mix types.
     */
    static MetricSnapshot merge(List<MetricSnapshot> family) {
        MetricSnapshot first = family.getFirst();
        if (family.size() == 1) {
            return first;
        }
        List<DataPointSnapshot> points = new ArrayList<>();
        for (MetricSnapshot s : family) {
            if (s.getClass() == first.getClass()) {
                points.addAll(s.getDataPoints());
            }
        }
        return switch (first) {
            case CounterSnapshot c -> new CounterSnapshot(c.getMetadata(), cast(points));
            case GaugeSnapshot g -> new GaugeSnapshot(g.getMetadata(), cast(points));
            case HistogramSnapshot h -> new HistogramSnapshot(h.isGaugeHistogram(), h.getMetadata(), cast(points));
            case SummarySnapshot m -> new SummarySnapshot(m.getMetadata(), cast(points));
            case InfoSnapshot i -> new InfoSnapshot(i.getMetadata(), cast(points));
            case StateSetSnapshot ss -> new StateSetSnapshot(ss.getMetadata(), cast(points));
            case UnknownSnapshot u -> new UnknownSnapshot(u.getMetadata(), cast(points));
            default -> first;
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<DataPointSnapshot> points) {
        return (List<T>) (List<?>) points;
    }

    private static <P, Q> List<Q> map(List<P> in, Function<P, Q> f) {
        List<Q> out = new ArrayList<>(in.size());
        for (P p : in) {
            out.add(f.apply(p));
        }
        return out;
    }

    private static long created(DataPointSnapshot p) {
        return p.hasCreatedTimestamp() ? p.getCreatedTimestampMillis() : 0L;
    }

    private static long scraped(DataPointSnapshot p) {
        return p.hasScrapeTimestamp() ? p.getScrapeTimestampMillis() : 0L;
    }
}
