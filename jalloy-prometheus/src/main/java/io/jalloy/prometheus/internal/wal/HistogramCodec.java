package io.jalloy.prometheus.internal.wal;

import io.jalloy.prometheus.api.HistogramSample;

/** The WAL layout of a {@link HistogramSample}. */
public final class HistogramCodec {
    private HistogramCodec() {}

    static void write(RecordBuffer b, HistogramSample h) {
        b.zigzag(h.schema());
        b.putDouble(h.zeroThreshold());
        b.putDouble(h.zeroCount());
        b.putDouble(h.count());
        b.putDouble(h.sum());
        ints(b, h.positiveSpans());
        doubles(b, h.positiveCounts());
        ints(b, h.negativeSpans());
        doubles(b, h.negativeCounts());
        b.putByte(h.counterReset());
    }

    private static void ints(RecordBuffer b, int[] a) {
        b.varint(a.length);
        for (int v : a) {
            b.zigzag(v);
        }
    }

    private static void doubles(RecordBuffer b, double[] a) {
        b.varint(a.length);
        for (double v : a) {
            b.putDouble(v);
        }
    }

    public static HistogramSample read(RecordReader r) {
        int schema = (int) r.zigzag();
        double zt = r.getDouble();
        double zc = r.getDouble();
        double count = r.getDouble();
        double sum = r.getDouble();
        int[] ps = ints(r);
        double[] pc = doubles(r);
        int[] ns = ints(r);
        double[] nc = doubles(r);
        int reset = r.getByte();
        return new HistogramSample(schema, zt, zc, count, sum, ps, pc, ns, nc, reset);
    }

    private static int[] ints(RecordReader r) {
        int[] a = new int[(int) r.varint()];
        for (int i = 0; i < a.length; i++) {
            a[i] = (int) r.zigzag();
        }
        return a;
    }

    private static double[] doubles(RecordReader r) {
        double[] a = new double[(int) r.varint()];
        for (int i = 0; i < a.length; i++) {
            a[i] = r.getDouble();
        }
        return a;
    }
}
