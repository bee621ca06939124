package io.jalloy.prometheus.relabel;

import io.jalloy.common.labels.Labels;
import io.jalloy.prometheus.api.Appender;
import io.jalloy.prometheus.api.ExemplarSample;
import io.jalloy.prometheus.api.HistogramSample;
import io.jalloy.prometheus.api.MetricMetadata;
import io.jalloy.prometheus.api.StaleMarkers;

/**
 * One batch through {@code prometheus.relabel}: resolves each series to its relabeled entry
 * (by reference when the caller passes ours back) and appends to every downstream appender with
 * the downstream references kept in the entry. Confined to the caller's thread.
 */
final class RelabelAppender implements Appender {
    private final RelabelComponent component;
    private final RelabelComponent.State state;
    private final Appender[] downstream;
    private final boolean[] miss = new boolean[1];

    RelabelAppender(RelabelComponent component) {
        this.component = component;
        this.state = component.state();
        this.downstream = RelabelComponent.downstream(state);
    }

    private RelabeledSeries.Entry resolve(long ref, Labels labels) {
        RelabeledSeries series = state.series();
        RelabeledSeries.Entry e = series.byRef(ref, labels);
        if (e == null) {
            e = series.lookup(labels, miss);
            if (miss[0]) {
                component.cacheMisses.inc();
                component.cacheSize.set(series.size());
                return e;
            }
        }
        component.cacheHits.inc();
        return e;
    }

    @Override
    public long append(long ref, Labels labels, long timestampMs, double value) {
        if (component.exited()) {
            return NO_REF;
        }
        component.processed.inc();
        RelabeledSeries.Entry e = resolve(ref, labels);
        if (e.out != null) {
            component.written.inc();
            for (int i = 0; i < downstream.length; i++) {
                e.downstream[i] = downstream[i].append(e.downstream[i], e.out, timestampMs, value);
            }
        }
        if (StaleMarkers.isStale(value)) {
            state.series().remove(e);
            component.cacheDeletes.inc();
            return NO_REF;
        }
        return e.ref;
    }

    @Override
    public long appendHistogram(long ref, Labels labels, long timestampMs, HistogramSample histogram) {
        if (component.exited()) {
            return NO_REF;
        }
        RelabeledSeries.Entry e = resolve(ref, labels);
        if (e.out != null) {
            for (int i = 0; i < downstream.length; i++) {
                e.downstream[i] = downstream[i].appendHistogram(e.downstream[i], e.out, timestampMs, histogram);
            }
        }
        return e.ref;
    }

    @Override
    public long appendExemplar(long ref, Labels labels, ExemplarSample exemplar) {
        RelabeledSeries.Entry e = resolve(ref, labels);
        if (e.out != null) {
            for (int i = 0; i < downstream.length; i++) {
                e.downstream[i] = downstream[i].appendExemplar(e.downstream[i], e.out, exemplar);
            }
        }
        return e.ref;
    }

    @Override
    public long updateMetadata(long ref, Labels labels, MetricMetadata metadata) {
        RelabeledSeries.Entry e = resolve(ref, labels);
        if (e.out != null) {
            for (int i = 0; i < downstream.length; i++) {
                e.downstream[i] = downstream[i].updateMetadata(e.downstream[i], e.out, metadata);
            }
        }
        return e.ref;
    }

    @Override
    public void commit() {
        for (Appender a : downstream) {
            a.commit();
        }
    }

    @Override
    public void rollback() {
        for (Appender a : downstream) {
            a.rollback();
        }
    }
}
