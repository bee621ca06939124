package io.jalloy.prometheus.testing;

import io.jalloy.common.labels.Labels;
import io.jalloy.prometheus.api.Appender;
import io.jalloy.prometheus.api.ExemplarSample;
import io.jalloy.prometheus.api.HistogramSample;
import io.jalloy.prometheus.api.MetricMetadata;
import io.jalloy.prometheus.api.MetricsReceiver;
import io.jalloy.prometheus.api.StaleMarkers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** A receiver that keeps every committed sample, with refs issued per distinct label set. */
public final class CollectingMetricsReceiver implements MetricsReceiver {
    /** One committed float sample. */
    public record Sample(Labels labels, long timestampMs, double value) {
        public boolean stale() {
            return StaleMarkers.isStale(value);
        }

        public String name() {
            return labels.get("__name__");
        }
    }

    /** One committed exemplar, with the labels of the series it belongs to. */
    public record Exemplar(Labels series, ExemplarSample exemplar) {}

    /** One committed metadata update, with the labels of the series it came with. */
    public record Metadata(Labels series, MetricMetadata metadata) {}

    private final List<Sample> samples = new ArrayList<>();
    private final List<Exemplar> exemplars = new ArrayList<>();
    private final List<Metadata> metadata = new ArrayList<>();
    private final List<HistogramSample> histograms = new ArrayList<>();
    private final Map<Labels, Long> refs = new HashMap<>();
    private final Map<Long, Labels> byRef = new HashMap<>();
    private int commits;
    private int refMismatches;

    @Override
    public Appender appender() {
        return new Appender() {
            private final List<Sample> batch = new ArrayList<>();
            private final List<HistogramSample> hBatch = new ArrayList<>();
            private final List<Exemplar> xBatch = new ArrayList<>();
            private final List<Metadata> mBatch = new ArrayList<>();

            @Override
            public long append(long ref, Labels labels, long timestampMs, double value) {
                batch.add(new Sample(labels, timestampMs, value));
                return refFor(ref, labels);
            }

            @Override
            public long appendHistogram(long ref, Labels labels, long timestampMs, HistogramSample histogram) {
                hBatch.add(histogram);
                return refFor(ref, labels);
            }

            @Override
            public long appendExemplar(long ref, Labels labels, ExemplarSample exemplar) {
                xBatch.add(new Exemplar(labels, exemplar));
                return refFor(ref, labels);
            }

            @Override
            public long updateMetadata(long ref, Labels labels, MetricMetadata metadata) {
                mBatch.add(new Metadata(labels, metadata));
                return refFor(ref, labels);
            }

            @Override
            public void commit() {
                synchronized (CollectingMetricsReceiver.this) {
                    samples.addAll(batch);
                    histograms.addAll(hBatch);
                    exemplars.addAll(xBatch);
                    metadata.addAll(mBatch);
                    commits++;
                    CollectingMetricsReceiver.this.notifyAll();
                }
            }

            @Override
            public void rollback() {
                batch.clear();
                hBatch.clear();
                xBatch.clear();
                mBatch.clear();
            }
        };
    }

    private synchronized long refFor(long ref, Labels labels) {
        if (ref != Appender.NO_REF && !labels.equals(byRef.get(ref))) {
            refMismatches++;
        }
        return refs.computeIfAbsent(labels, l -> {
            long r = refs.size() + 1L;
            byRef.put(r, l);
            return r;
        });
    }

    public synchronized List<Sample> samples() {
        return List.copyOf(samples);
    }

    public synchronized List<HistogramSample> histograms() {
        return List.copyOf(histograms);
    }

    public synchronized List<Exemplar> exemplars() {
        return List.copyOf(exemplars);
    }

    public synchronized List<Metadata> metadata() {
        return List.copyOf(metadata);
    }

    public synchronized int commits() {
        return commits;
    }

    /** Appends whose ref named a different series than their labels: must stay zero. */
    public synchronized int refMismatches() {
        return refMismatches;
    }

    /** Waits until the samples satisfy {@code condition}; returns them. */
    public synchronized List<Sample> await(Predicate<List<Sample>> condition, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.test(samples)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("condition not met in " + timeout + "; samples: " + tail());
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return List.copyOf(samples);
    }

    private String tail() {
        return samples.subList(Math.max(0, samples.size() - 20), samples.size()).toString();
    }

    /** The samples of metric {@code name}. */
    public synchronized List<Sample> named(String name) {
        return samples.stream().filter(s -> s.name().equals(name)).toList();
    }
}
