package io.jalloy.prometheus.internal.remotewrite;

import static io.jalloy.prometheus.internal.remotewrite.RemoteWriteProtocol.*;

import io.jalloy.common.labels.Labels;
import io.jalloy.prometheus.api.ExemplarSample;
import io.jalloy.prometheus.api.HistogramSample;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decodes an uncompressed Remote Write 1.0 {@code WriteRequest}. Unknown fields are skipped as
 * protobuf requires; malformed input throws {@link IllegalArgumentException}. Used by
 * {@code prometheus.receive_http}, where a request's objects are short-lived.
 */
public final class WriteRequestDecoder {
    private final byte[] b;
    private int pos;

    private WriteRequestDecoder(byte[] b, int pos) {
        this.b = b;
        this.pos = pos;
    }

    public static DecodedWriteRequest decode(byte[] body) {
        return decode(body, 0, body.length);
    }

    public static DecodedWriteRequest decode(byte[] body, int off, int len) {
        WriteRequestDecoder d = new WriteRequestDecoder(body, off);
        List<DecodedWriteRequest.Series> series = new ArrayList<>();
        List<DecodedWriteRequest.Metadata> metadata = new ArrayList<>();
        int end = off + len;
        while (d.pos < end) {
            long key = d.varint();
            int field = (int) (key >>> 3);
            if (field == WRITE_REQUEST_TIMESERIES && (key & 7) == 2) {
                int n = d.length(end);
                series.add(d.series(d.pos + n));
            } else if (field == WRITE_REQUEST_METADATA && (key & 7) == 2) {
                int n = d.length(end);
                metadata.add(d.metadata(d.pos + n));
            } else {
                d.skip(key, end);
            }
        }
        return new DecodedWriteRequest(series, metadata);
    }

    private DecodedWriteRequest.Series series(int end) {
        Labels.Builder labels = new Labels.Builder();
        long[] ts = new long[0];
        double[] vs = new double[0];
        int n = 0;
        List<ExemplarSample> exemplars = new ArrayList<>();
        List<DecodedWriteRequest.TimedHistogram> histograms = new ArrayList<>();
        while (pos < end) {
            long key = varint();
            int field = (int) (key >>> 3);
            if ((key & 7) != 2) {
                skip(key, end);
                continue;
            }
            int stop = limit(end);
            switch (field) {
                case SERIES_LABELS -> label(labels, stop);
                case SERIES_SAMPLES -> {
                    if (n == ts.length) {
                        ts = Arrays.copyOf(ts, Math.max(4, n * 2));
                        vs = Arrays.copyOf(vs, ts.length);
                    }
                    long t = 0;
                    double v = 0;
                    while (pos < stop) {
                        long k = varint();
                        if (k == ((SAMPLE_VALUE << 3) | 1)) {
                            v = Double.longBitsToDouble(fixed64());
                        } else if (k == (SAMPLE_TIMESTAMP << 3)) {
                            t = varint();
                        } else {
                            skip(k, stop);
                        }
                    }
                    ts[n] = t;
                    vs[n++] = v;
                }
                case SERIES_EXEMPLARS -> exemplars.add(exemplar(stop));
                case SERIES_HISTOGRAMS -> histograms.add(histogram(stop));
                default -> pos = stop;
            }
        }
        return new DecodedWriteRequest.Series(labels.build(), Arrays.copyOf(ts, n), Arrays.copyOf(vs, n),
                exemplars, histograms);
    }

    private void label(Labels.Builder into, int end) {
        String name = "";
        String value = "";
        while (pos < end) {
            long k = varint();
            if ((k & 7) == 2 && (k >>> 3) == LABEL_NAME) {
                name = string(end);
            } else if ((k & 7) == 2 && (k >>> 3) == LABEL_VALUE) {
                value = string(end);
            } else {
                skip(k, end);
            }
        }
        into.set(name, value);
    }

    private ExemplarSample exemplar(int end) {
        Labels.Builder labels = new Labels.Builder();
        double v = 0;
        long t = 0;
        boolean hasT = false;
        while (pos < end) {
            long k = varint();
            int f = (int) (k >>> 3);
            if (f == EXEMPLAR_LABELS && (k & 7) == 2) {
                int stop = limit(end);
                label(labels, stop);
            } else if (f == EXEMPLAR_VALUE && (k & 7) == 1) {
                v = Double.longBitsToDouble(fixed64());
            } else if (f == EXEMPLAR_TIMESTAMP && (k & 7) == 0) {
                t = varint();
                hasT = true;
            } else {
                skip(k, end);
            }
        }
        return new ExemplarSample(labels.build(), v, t, hasT);
    }

    private DecodedWriteRequest.TimedHistogram histogram(int end) {
        double count = 0, sum = 0, zt = 0, zc = 0;
        int schema = 0, reset = 0;
        long t = 0;
        IntList negSpans = new IntList(), posSpans = new IntList();
        DoubleList negDeltas = new DoubleList(), posDeltas = new DoubleList();
        DoubleList negCounts = new DoubleList(), posCounts = new DoubleList();
        while (pos < end) {
            long k = varint();
            int f = (int) (k >>> 3);
            int wt = (int) (k & 7);
            switch (f) {
                case H_COUNT_INT -> count = varint();
                case H_COUNT_FLOAT -> count = Double.longBitsToDouble(fixed64());
                case H_SUM -> sum = Double.longBitsToDouble(fixed64());
                case H_SCHEMA -> schema = (int) zigzag(varint());
                case H_ZERO_THRESHOLD -> zt = Double.longBitsToDouble(fixed64());
                case H_ZERO_COUNT_INT -> zc = varint();
                case H_ZERO_COUNT_FLOAT -> zc = Double.longBitsToDouble(fixed64());
                case H_NEGATIVE_SPANS -> span(negSpans, limit(end));
                case H_POSITIVE_SPANS -> span(posSpans, limit(end));
                case H_NEGATIVE_DELTAS -> sints(negDeltas, wt, end);
                case H_POSITIVE_DELTAS -> sints(posDeltas, wt, end);
                case H_NEGATIVE_COUNTS -> doubles(negCounts, wt, end);
                case H_POSITIVE_COUNTS -> doubles(posCounts, wt, end);
                case H_RESET_HINT -> reset = (int) varint();
                case H_TIMESTAMP -> t = varint();
                default -> skip(k, end);
            }
        }
        double[] pc = posCounts.size > 0 ? posCounts.toArray() : absolute(posDeltas);
        double[] nc = negCounts.size > 0 ? negCounts.toArray() : absolute(negDeltas);
        return new DecodedWriteRequest.TimedHistogram(t, new HistogramSample(schema, zt, zc, count, sum,
                posSpans.toArray(), pc, negSpans.toArray(), nc, reset));
    }

    private static double[] absolute(DoubleList deltas) {
        double[] out = new double[deltas.size];
        double acc = 0;
        for (int i = 0; i < out.length; i++) {
            acc += deltas.values[i];
            out[i] = acc;
        }
        return out;
    }

    private void span(IntList into, int end) {
        int offset = 0, length = 0;
        while (pos < end) {
            long k = varint();
            if (k == (SPAN_OFFSET << 3)) {
                offset = (int) zigzag(varint());
            } else if (k == (SPAN_LENGTH << 3)) {
                length = (int) varint();
            } else {
                skip(k, end);
            }
        }
        into.add(offset);
        into.add(length);
    }

    private void sints(DoubleList into, int wireType, int end) {
        if (wireType == 2) {
            int stop = limit(end);
            while (pos < stop) {
                into.add(zigzag(varint()));
            }
        } else {
            into.add(zigzag(varint()));
        }
    }

    private void doubles(DoubleList into, int wireType, int end) {
        if (wireType == 2) {
            int stop = limit(end);
            while (pos + 8 <= stop) {
                into.add(Double.longBitsToDouble(fixed64()));
            }
            pos = stop;
        } else {
            into.add(Double.longBitsToDouble(fixed64()));
        }
    }

    private DecodedWriteRequest.Metadata metadata(int end) {
        int type = 0;
        String family = "", help = "", unit = "";
        while (pos < end) {
            long k = varint();
            int f = (int) (k >>> 3);
            if (f == METADATA_TYPE && (k & 7) == 0) {
                type = (int) varint();
            } else if (f == METADATA_FAMILY && (k & 7) == 2) {
                family = string(end);
            } else if (f == METADATA_HELP && (k & 7) == 2) {
                help = string(end);
            } else if (f == METADATA_UNIT && (k & 7) == 2) {
                unit = string(end);
            } else {
                skip(k, end);
            }
        }
        return new DecodedWriteRequest.Metadata(family, metricTypeName(type), help, unit);
    }

    private static long zigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }

    private String string(int end) {
        int n = length(end);
        String s = new String(b, pos, n, StandardCharsets.UTF_8);
        pos += n;
        return s;
    }

    /** Reads a length prefix and returns where that field ends. */
    private int limit(int end) {
        int n = length(end);
        return pos + n;
    }

    private int length(int end) {
        long n = varint();
        if (n < 0 || n > end - pos) {
            throw new IllegalArgumentException("length " + n + " exceeds the message");
        }
        return (int) n;
    }

    private long varint() {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos >= b.length) {
                throw new IllegalArgumentException("truncated varint");
            }
            byte x = b[pos++];
            v |= (long) (x & 0x7F) << shift;
            if (x >= 0) {
                return v;
            }
        }
        throw new IllegalArgumentException("varint overflow");
    }

    private long fixed64() {
        if (pos + 8 > b.length) {
            throw new IllegalArgumentException("truncated fixed64");
        }
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v |= (b[pos++] & 0xFFL) << (8 * i);
        }
        return v;
    }

    private void skip(long key, int end) {
        switch ((int) (key & 7)) {
            case 0 -> varint();
            case 1 -> pos += 8;
            case 2 -> pos += length(end);
            case 5 -> pos += 4;
            default -> throw new IllegalArgumentException("unsupported wire type " + (key & 7));
        }
        if (pos > end) {
            throw new IllegalArgumentException("field exceeds the message");
        }
    }

    private static final class IntList {
        int[] values = new int[4];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    private static final class DoubleList {
        double[] values = new double[4];
        int size;

        void add(double v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        double[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
