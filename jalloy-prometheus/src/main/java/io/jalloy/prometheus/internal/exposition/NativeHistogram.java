package io.jalloy.prometheus.internal.exposition;

import java.util.Arrays;

/**
 * A native (sparse, exponential) histogram as the protobuf format carries it: schema, zero
 * bucket, spans and either integer bucket deltas or float absolute counts. Reused by the parser
 * for every histogram; arrays are valid up to their count accessors.
 */
public final class NativeHistogram {
    private boolean floatHistogram;
    private boolean gauge;
    private int schema;
    private double zeroThreshold;
    private double zeroCount;
    private double count;
    private double sum;
    final Spans positive = new Spans();
    final Spans negative = new Spans();
    private Exemplar[] exemplars = new Exemplar[0];
    private int exemplarCount;

    /** True when counts are floats (the *_count_float / *_count fields), false for integer deltas. */
    public boolean isFloat() {
        return floatHistogram;
    }

    /** True for a GAUGE_HISTOGRAM family (Prometheus's gauge counter-reset hint). */
    public boolean isGauge() {
        return gauge;
    }

    public int schema() {
        return schema;
    }

    public double zeroThreshold() {
        return zeroThreshold;
    }

    public double zeroCount() {
        return zeroCount;
    }

    public double count() {
        return count;
    }

    public double sum() {
        return sum;
    }

    public Spans positive() {
        return positive;
    }

    public Spans negative() {
        return negative;
    }

    /** Exemplars carrying a timestamp (Prometheus drops native-histogram exemplars without one). */
    public int exemplarCount() {
        return exemplarCount;
    }

    public Exemplar exemplar(int i) {
        return exemplars[i];
    }

    void reset(boolean gauge) {
        this.gauge = gauge;
        floatHistogram = false;
        schema = 0;
        zeroThreshold = 0;
        zeroCount = 0;
        count = 0;
        sum = 0;
        positive.clear();
        negative.clear();
        exemplarCount = 0;
    }

    void set(int schema, double zeroThreshold, double zeroCount, double count, double sum, boolean isFloat) {
        this.schema = schema;
        this.zeroThreshold = zeroThreshold;
        this.zeroCount = zeroCount;
        this.count = count;
        this.sum = sum;
        this.floatHistogram = isFloat;
    }

    Exemplar nextExemplar() {
        if (exemplarCount == exemplars.length) {
            exemplars = Arrays.copyOf(exemplars, Math.max(4, exemplarCount * 2));
        }
        Exemplar e = exemplars[exemplarCount];
        if (e == null) {
            e = new Exemplar();
            exemplars[exemplarCount] = e;
        }
        e.reset();
        return e;
    }

    void commitExemplar() {
        exemplarCount++;
    }

    /** One side (positive or negative) of a native histogram: spans plus deltas or counts. */
    public static final class Spans {
        private int[] offsets = new int[4];
        private int[] lengths = new int[4];
        private int spanCount;
        private long[] deltas = new long[8];
        private int deltaCount;
        private double[] counts = new double[8];
        private int countCount;

        public int spanCount() {
            return spanCount;
        }

        /** Gap to the previous span, or the starting bucket index for the first span. */
        public int spanOffset(int i) {
            return offsets[i];
        }

        public int spanLength(int i) {
            return lengths[i];
        }

        /** Number of integer deltas (integer histograms). */
        public int deltaCount() {
            return deltaCount;
        }

        /** Count delta of bucket {@code i} to the previous bucket (or to zero for the first). */
        public long delta(int i) {
            return deltas[i];
        }

        /** Number of absolute float counts (float histograms). */
        public int countCount() {
            return countCount;
        }

        public double count(int i) {
            return counts[i];
        }

        void clear() {
            spanCount = 0;
            deltaCount = 0;
            countCount = 0;
        }

        void addSpan(int offset, int length) {
            if (spanCount == offsets.length) {
                offsets = Arrays.copyOf(offsets, spanCount * 2);
                lengths = Arrays.copyOf(lengths, spanCount * 2);
            }
            offsets[spanCount] = offset;
            lengths[spanCount++] = length;
        }

        void addDelta(long d) {
            if (deltaCount == deltas.length) {
                deltas = Arrays.copyOf(deltas, deltaCount * 2);
            }
            deltas[deltaCount++] = d;
        }

        void addCount(double c) {
            if (countCount == counts.length) {
                counts = Arrays.copyOf(counts, countCount * 2);
            }
            counts[countCount++] = c;
        }
    }
}
