package io.jalloy.prometheus.scrape.internal;

import io.jalloy.prometheus.api.HistogramSample;
import io.jalloy.prometheus.internal.exposition.NativeHistogram;

/** Copies a parsed native histogram into the contract's float form (absolute bucket counts). */
final class Histograms {
    private Histograms() {}

    static HistogramSample toSample(NativeHistogram h) {
        int reset = h.isGauge() ? 3 : 0;
        return new HistogramSample(h.schema(), h.zeroThreshold(), h.zeroCount(), h.count(), h.sum(),
                spans(h.positive()), counts(h.positive(), h.isFloat()),
                spans(h.negative()), counts(h.negative(), h.isFloat()), reset);
    }

    private static int[] spans(NativeHistogram.Spans s) {
        int[] out = new int[s.spanCount() * 2];
        for (int i = 0; i < s.spanCount(); i++) {
            out[2 * i] = s.spanOffset(i);
            out[2 * i + 1] = s.spanLength(i);
        }
        return out;
    }

    private static double[] counts(NativeHistogram.Spans s, boolean isFloat) {
        if (isFloat) {
            double[] out = new double[s.countCount()];
            for (int i = 0; i < out.length; i++) {
                out[i] = s.count(i);
            }
            return out;
        }
        double[] out = new double[s.deltaCount()];
        long running = 0;
        for (int i = 0; i < out.length; i++) {
            running += s.delta(i);
            out[i] = running;
        }
        return out;
    }
}
