package io.jalloy.prometheus.testing;

import io.jalloy.common.labels.Labels;
import io.jalloy.prometheus.api.Appender;
import io.jalloy.prometheus.api.ExemplarSample;
import io.jalloy.prometheus.api.HistogramSample;
import io.jalloy.prometheus.api.MetricMetadata;
import io.jalloy.prometheus.api.MetricsReceiver;
import java.util.ArrayList;
import java.util.List;

/** A receiver that keeps every committed float sample and counts commits; optionally fails commits. */
public final class CollectingReceiver implements MetricsReceiver {
    /** One committed float sample. */
    public record Sample(Labels labels, long timestampMs, double value) {}

    private final List<Sample> samples = new ArrayList<>();
    private int commits;
    private volatile boolean failing;

    public void failCommits(boolean fail) {
        failing = fail;
    }

    public synchronized List<Sample> samples() {
        return List.copyOf(samples);
    }

    public synchronized int commits() {
        return commits;
    }

    @Override
    public Appender appender() {
        List<Sample> pending = new ArrayList<>();
        return new Appender() {
            @Override
            public long append(long ref, Labels labels, long timestampMs, double value) {
                pending.add(new Sample(labels, timestampMs, value));
                return NO_REF;
            }

            @Override
            public long appendHistogram(long ref, Labels labels, long timestampMs, HistogramSample histogram) {
                return NO_REF;
            }

            @Override
            public long appendExemplar(long ref, Labels labels, ExemplarSample exemplar) {
                return NO_REF;
            }

            @Override
            public long updateMetadata(long ref, Labels labels, MetricMetadata metadata) {
                return NO_REF;
            }

            @Override
            public void commit() {
                if (failing) {
                    throw new IllegalStateException("downstream failed");
                }
                synchronized (CollectingReceiver.this) {
                    samples.addAll(pending);
                    commits++;
                }
            }

            @Override
            public void rollback() {
                pending.clear();
            }
        };
    }
}
