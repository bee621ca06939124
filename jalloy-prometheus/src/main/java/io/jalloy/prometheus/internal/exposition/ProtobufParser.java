package io.jalloy.prometheus.internal.exposition;

/**
 * Push parser of the Prometheus protobuf format (length-delimited
 * {@code io.prometheus.client.MetricFamily} messages), decoding the wire format straight from the
 * bytes. It flattens families the way Prometheus does: summaries become {@code _count},
 * {@code _sum} and one sample per quantile; classic histograms {@code _count}, {@code _sum} and
 * {@code _bucket} samples (adding the implicit {@code +Inf} bucket); native histograms go to
 * {@link ExpositionSink#histogram}, and their classic buckets too only when asked. Reusable and
 * single-threaded; allocates nothing per sample once its scratch buffers have grown.
 */
public final class ProtobufParser implements ExpositionParser {
    private static final byte[] LE = {'l', 'e'};
    private static final byte[] QUANTILE = "quantile".getBytes();
    private static final byte[] INF = "+Inf".getBytes();
    private static final int COUNTER = 0;
    private static final int GAUGE = 1;
    private static final int SUMMARY = 2;
    private static final int UNTYPED = 3;
    private static final int HISTOGRAM = 4;
    private static final int GAUGE_HISTOGRAM = 5;
    private static final byte[] TOTAL = "_total".getBytes();
    private static final MetricType[] TYPES = {
        MetricType.COUNTER, MetricType.GAUGE, MetricType.SUMMARY, MetricType.UNKNOWN, MetricType.HISTOGRAM,
        MetricType.GAUGE_HISTOGRAM,
    };

    private final boolean nativeHistograms;
    private final boolean classicWithNative;
    private final ProtoReader errors = new ProtoReader();
    private final ProtoReader outer = new ProtoReader(errors);
    private final ProtoReader family = new ProtoReader(errors);
    private final ProtoReader metric = new ProtoReader(errors);
    private final ProtoReader value = new ProtoReader(errors);
    private final ProtoReader inner = new ProtoReader(errors);
    private final ProtoReader leaf = new ProtoReader(errors);
    private final ProtoReader ts = new ProtoReader(errors);
    private final Series series = new Series();
    private final Exemplar exemplar = new Exemplar();
    private final NativeHistogram histogram = new NativeHistogram();
    private final OpenMetricsFloat floats = new OpenMetricsFloat();
    private final ProtoFamilyNames names = new ProtoFamilyNames();
    private ExpositionSink sink;
    private byte[] b;
    private int samples;
    private int histograms;
    private String error;
    private int errorAt;

    /** A parser that decodes native histograms and, like Prometheus by default, drops their classic buckets. */
    public ProtobufParser() {
        this(true, false);
    }

    /**
     * @param nativeHistograms decode native histograms (Alloy's {@code scrape_native_histograms});
     *     when false every histogram is read as a classic one, as Prometheus's IgnoreNativeHistograms does
     * @param classicWithNative also deliver the classic {@code _bucket}/{@code _count}/{@code _sum}
     *     samples of histograms that have a native representation (Alloy's
     *     {@code scrape_classic_histograms})
     */
    public ProtobufParser(boolean nativeHistograms, boolean classicWithNative) {
        this.nativeHistograms = nativeHistograms;
        this.classicWithNative = classicWithNative;
    }

    /** Parses the delimited families in {@code len} bytes at {@code off}, until the end or the first error. */
    @Override
    public ParseResult parse(byte[] buf, int off, int len, ExpositionSink sink) {
        this.sink = sink;
        this.b = buf;
        samples = 0;
        histograms = 0;
        error = null;
        errors.clearError();
        outer.at(buf, off, off + len);
        while (outer.more() && !failed() && errors.error == null) {
            outer.lengthDelimited();
            if (errors.error == null) {
                family(outer.fieldStart, outer.pos);
            }
        }
        if (errors.error != null) {
            fail(errors.error, errors.errorAt());
        }
        this.sink = null;
        this.b = null;
        return error == null ? ParseResult.ok(samples, histograms)
                : new ParseResult(samples, histograms, 0, 0, errorAt - off, error);
    }

    private void family(int from, int to) {
        int nameOff = from;
        int nameLen = 0;
        int helpOff = from;
        int helpLen = 0;
        int unitOff = from;
        int unitLen = 0;
        long type = 0;
        int metrics = 0;
        ProtoReader r = family.at(b, from, to);
        while (r.more()) {
            int tag = r.tag();
            switch (tag) {
                case (1 << 3) | ProtoReader.LEN -> {
                    nameLen = r.lengthDelimited();
                    nameOff = r.fieldStart;
                }
                case (2 << 3) | ProtoReader.LEN -> {
                    helpLen = r.lengthDelimited();
                    helpOff = r.fieldStart;
                }
                case (3 << 3) | ProtoReader.VARINT -> type = r.varint();
                case (4 << 3) | ProtoReader.LEN -> {
                    r.lengthDelimited();
                    metrics++;
                }
                case (5 << 3) | ProtoReader.LEN -> {
                    unitLen = r.lengthDelimited();
                    unitOff = r.fieldStart;
                }
                default -> r.skip(tag & 7);
            }
        }
        if (r.error != null) {
            fail(r.error, from);
            return;
        }
        if (metrics == 0) {
            return; // Prometheus skips empty families, metadata included.
        }
        String name = null;
        if (nameLen == 0 || !Bytes.validUtf8(b, nameOff, nameLen)) {
            fail("invalid metric name: " + LabelSlices.utf8(b, nameOff, nameLen), nameOff);
            return;
        }
        if (!Bytes.validUtf8(b, helpOff, helpLen)) {
            name = LabelSlices.utf8(b, nameOff, nameLen);
            fail("invalid help for metric " + GoText.quote(name) + ": " + LabelSlices.utf8(b, helpOff, helpLen), helpOff);
            return;
        }
        if (type < 0 || type > GAUGE_HISTOGRAM) {
            name = LabelSlices.utf8(b, nameOff, nameLen);
            fail("unknown metric type for metric " + GoText.quote(name) + ": " + type, from);
            return;
        }
        int t = (int) type;
        if (unitLen > 0 && !unitMatches(nameOff, nameLen, unitOff, unitLen, t == COUNTER)) {
            name = LabelSlices.utf8(b, nameOff, nameLen);
            String what = t == COUNTER && name.endsWith("_total") ? "counter " : "metric ";
            fail("unit " + GoText.quote(LabelSlices.utf8(b, unitOff, unitLen)) + " not a suffix of " + what
                    + GoText.quote(name), unitOff);
            return;
        }
        sink.help(b, nameOff, nameLen, helpOff, helpLen, HelpEscapes.NONE);
        if (unitLen > 0) {
            sink.unit(b, nameOff, nameLen, unitOff, unitLen);
        }
        sink.type(b, nameOff, nameLen, TYPES[t]);
        names.set(b, nameOff, nameLen);
        r = family.at(b, from, to);
        while (r.more() && !failed()) {
            int tag = r.tag();
            if (tag == ((4 << 3) | ProtoReader.LEN)) {
                r.lengthDelimited();
                metric(r.fieldStart, r.pos, t, nameOff, nameLen);
            } else {
                r.skip(tag & 7);
            }
        }
    }

    private boolean unitMatches(int nameOff, int nameLen, int unitOff, int unitLen, boolean counter) {
        int end = nameOff + nameLen;
        if (counter && Bytes.endsWith(b, nameOff, nameLen, TOTAL)) {
            end -= 6;
        }
        int n = end - nameOff;
        return n >= unitLen + 1 && java.util.Arrays.equals(b, end - unitLen, end, b, unitOff, unitOff + unitLen)
                && b[end - unitLen - 1] == '_';
    }

    /** The Metric field that carries the value for each family type, as Prometheus reads it. */
    private static final int[] VALUE_FIELD = {3, 2, 4, 5, 7, 7};

    private void metric(int from, int to, int type, int nameOff, int nameLen) {
        series.reset();
        series.setType(TYPES[type], true);
        LabelSlices labels = series.labels();
        int valueTag = (VALUE_FIELD[type] << 3) | ProtoReader.LEN;
        int valueFrom = to;
        int valueTo = to;
        long timestamp = Series.NO_TIMESTAMP;
        ProtoReader r = metric.at(b, from, to);
        while (r.more()) {
            int tag = r.tag();
            if (tag == ((1 << 3) | ProtoReader.LEN)) {
                r.lengthDelimited();
                ProtoMessages.labelPair(inner.within(r), labels);
            } else if (tag == valueTag) {
                r.lengthDelimited();
                valueFrom = r.fieldStart;
                valueTo = r.pos;
            } else if (tag == ((6 << 3) | ProtoReader.VARINT)) {
                long v = r.varint();
                timestamp = v == 0 ? Series.NO_TIMESTAMP : v;
            } else {
                r.skip(tag & 7); // other value kinds than the family's type are ignored, as in Prometheus
            }
        }
        if (r.error != null) {
            fail(r.error, from);
            return;
        }
        ProtoReader v = value.at(b, valueFrom, valueTo);
        switch (type) {
            case COUNTER -> counter(v, nameOff, nameLen, timestamp);
            case GAUGE, UNTYPED -> emit(b, nameOff, nameLen, singleDouble(v), timestamp, null);
            case SUMMARY -> summary(v, timestamp);
            default -> histogram(v, type == GAUGE_HISTOGRAM, nameOff, nameLen, timestamp);
        }
    }

    private double singleDouble(ProtoReader r) {
        double d = 0;
        while (r.more()) {
            int tag = r.tag();
            if (tag == ((1 << 3) | ProtoReader.FIXED64)) {
                d = r.fixed64();
            } else {
                r.skip(tag & 7);
            }
        }
        return d;
    }

    private void counter(ProtoReader r, int nameOff, int nameLen, long timestamp) {
        double d = 0;
        boolean hasExemplar = false;
        while (r.more()) {
            int tag = r.tag();
            switch (tag) {
                case (1 << 3) | ProtoReader.FIXED64 -> d = r.fixed64();
                case (2 << 3) | ProtoReader.LEN -> {
                    r.lengthDelimited();
                    hasExemplar = ProtoMessages.exemplar(inner.within(r), ts, exemplar);
                }
                case (3 << 3) | ProtoReader.LEN -> {
                    r.lengthDelimited();
                    series.startTimestampMs(ProtoReader.timestampMs(inner.within(r)));
                }
                default -> r.skip(tag & 7);
            }
        }
        emit(b, nameOff, nameLen, d, timestamp, hasExemplar ? exemplar : null);
    }

    private void summary(ProtoReader r, long timestamp) {
        long count = 0;
        double sum = 0;
        int from = r.pos;
        while (r.more()) {
            int tag = r.tag();
            switch (tag) {
                case (1 << 3) | ProtoReader.VARINT -> count = r.varint();
                case (2 << 3) | ProtoReader.FIXED64 -> sum = r.fixed64();
                case (4 << 3) | ProtoReader.LEN -> {
                    r.lengthDelimited();
                    series.startTimestampMs(ProtoReader.timestampMs(inner.within(r)));
                }
                default -> r.skip(tag & 7);
            }
        }
        emit(names.count, 0, names.countLen, unsigned(count), timestamp, null);
        emit(names.sum, 0, names.sumLen, sum, timestamp, null);
        int base = series.labels().count();
        r.at(b, from, r.limit);
        while (r.more() && !failed()) {
            int tag = r.tag();
            if (tag == ((3 << 3) | ProtoReader.LEN)) {
                r.lengthDelimited();
                double q = 0;
                double qv = 0;
                ProtoReader in = inner.within(r);
                while (in.more()) {
                    int t = in.tag();
                    switch (t) {
                        case (1 << 3) | ProtoReader.FIXED64 -> q = in.fixed64();
                        case (2 << 3) | ProtoReader.FIXED64 -> qv = in.fixed64();
                        default -> in.skip(t & 7);
                    }
                }
                byte[] qb = floats.bytes(q);
                series.labels().add(QUANTILE, 0, QUANTILE.length, qb, 0, qb.length, false);
                emit(names.base, 0, names.baseLen, qv, timestamp, null);
                series.labels().truncate(base);
            } else {
                r.skip(tag & 7);
            }
        }
    }

    private void histogram(ProtoReader r, boolean gauge, int nameOff, int nameLen, long timestamp) {
        NativeHistogram h = histogram;
        h.reset(gauge);
        long count = 0;
        double countFloat = 0;
        double sum = 0;
        int schema = 0;
        double zeroThreshold = 0;
        long zeroCount = 0;
        double zeroCountFloat = 0;
        int buckets = 0;
        int from = r.pos;
        while (r.more()) {
            int tag = r.tag();
            switch (tag) {
                case (1 << 3) | ProtoReader.VARINT -> count = r.varint();
                case (4 << 3) | ProtoReader.FIXED64 -> countFloat = r.fixed64();
                case (2 << 3) | ProtoReader.FIXED64 -> sum = r.fixed64();
                case (3 << 3) | ProtoReader.LEN -> {
                    r.lengthDelimited();
                    buckets++;
                }
                case (15 << 3) | ProtoReader.LEN -> {
                    r.lengthDelimited();
                    series.startTimestampMs(ProtoReader.timestampMs(inner.within(r)));
                }
                case (5 << 3) | ProtoReader.VARINT -> schema = (int) r.zigzag();
                case (6 << 3) | ProtoReader.FIXED64 -> zeroThreshold = r.fixed64();
                case (7 << 3) | ProtoReader.VARINT -> zeroCount = r.varint();
                case (8 << 3) | ProtoReader.FIXED64 -> zeroCountFloat = r.fixed64();
                case (9 << 3) | ProtoReader.LEN, (12 << 3) | ProtoReader.LEN -> {
                    r.lengthDelimited();
                    ProtoMessages.span(inner.within(r), (tag >>> 3) == 9 ? h.negative : h.positive);
                }
                case (10 << 3) | ProtoReader.LEN, (13 << 3) | ProtoReader.LEN -> {
                    r.lengthDelimited();
                    ProtoReader in = inner.within(r);
                    NativeHistogram.Spans side = (tag >>> 3) == 10 ? h.negative : h.positive;
                    while (in.more()) {
                        side.addDelta(in.zigzag());
                    }
                }
                case (10 << 3) | ProtoReader.VARINT -> h.negative.addDelta(r.zigzag());
                case (13 << 3) | ProtoReader.VARINT -> h.positive.addDelta(r.zigzag());
                case (11 << 3) | ProtoReader.LEN, (14 << 3) | ProtoReader.LEN -> {
                    r.lengthDelimited();
                    ProtoReader in = inner.within(r);
                    NativeHistogram.Spans side = (tag >>> 3) == 11 ? h.negative : h.positive;
                    while (in.more()) {
                        side.addCount(in.fixed64());
                    }
                }
                case (11 << 3) | ProtoReader.FIXED64 -> h.negative.addCount(r.fixed64());
                case (14 << 3) | ProtoReader.FIXED64 -> h.positive.addCount(r.fixed64());
                case (16 << 3) | ProtoReader.LEN -> {
                    r.lengthDelimited();
                    Exemplar e = h.nextExemplar();
                    if (ProtoMessages.exemplar(inner.within(r), ts, e) && e.hasTimestamp()) {
                        h.commitExemplar();
                    }
                }
                default -> r.skip(tag & 7);
            }
        }
        if (r.error != null) {
            return;
        }
        boolean isNative = nativeHistograms && (h.positive.spanCount() > 0 || h.negative.spanCount() > 0 || zeroThreshold > 0 || zeroCount > 0);
        double total = countFloat > 0 ? countFloat : unsigned(count);
        if (isNative) {
            boolean isFloat = countFloat > 0 || zeroCountFloat > 0;
            h.set(schema, zeroThreshold, isFloat ? zeroCountFloat : unsigned(zeroCount), total, sum, isFloat);
            if (h.exemplarCount() == 0) {
                bucketExemplarsInto(h, r, from);
            }
            if (failed()) {
                return;
            }
            series.name(b, nameOff, nameLen, false);
            histograms++;
            sink.histogram(series, h, timestamp);
            if (!classicWithNative) {
                return;
            }
        }
        emit(names.count, 0, names.countLen, total, timestamp, null);
        emit(names.sum, 0, names.sumLen, sum, timestamp, null);
        int base = series.labels().count();
        boolean sawInf = false;
        r.at(b, from, r.limit);
        while (r.more() && !failed()) {
            int tag = r.tag();
            if (tag != ((3 << 3) | ProtoReader.LEN)) {
                r.skip(tag & 7);
                continue;
            }
            r.lengthDelimited();
            long cumulative = 0;
            double cumulativeFloat = 0;
            double upper = 0;
            boolean hasExemplar = false;
            ProtoReader in = inner.within(r);
            while (in.more()) {
                int t = in.tag();
                switch (t) {
                    case (1 << 3) | ProtoReader.VARINT -> cumulative = in.varint();
                    case (4 << 3) | ProtoReader.FIXED64 -> cumulativeFloat = in.fixed64();
                    case (2 << 3) | ProtoReader.FIXED64 -> upper = in.fixed64();
                    case (3 << 3) | ProtoReader.LEN -> {
                        in.lengthDelimited();
                        hasExemplar = ProtoMessages.exemplar(leaf.within(in), ts, exemplar);
                    }
                    default -> in.skip(t & 7);
                }
            }
            byte[] le = floats.bytes(upper);
            series.labels().add(LE, 0, LE.length, le, 0, le.length, false);
            emit(names.bucket, 0, names.bucketLen, cumulativeFloat > 0 ? cumulativeFloat : unsigned(cumulative),
                    timestamp, hasExemplar ? exemplar : null);
            series.labels().truncate(base);
            if (upper == Double.POSITIVE_INFINITY) {
                sawInf = true;
                break;
            }
        }
        if (!sawInf && !failed()) {
            series.labels().add(LE, 0, LE.length, INF, 0, INF.length, false);
            emit(names.bucket, 0, names.bucketLen, total, timestamp, null);
            series.labels().truncate(base);
        }
    }

    /** Prometheus falls back to timestamped classic-bucket exemplars when a native histogram has none. */
    private void bucketExemplarsInto(NativeHistogram h, ProtoReader r, int from) {
        r.at(b, from, r.limit);
        while (r.more()) {
            int tag = r.tag();
            if (tag != ((3 << 3) | ProtoReader.LEN)) {
                r.skip(tag & 7);
                continue;
            }
            r.lengthDelimited();
            ProtoReader in = inner.within(r);
            while (in.more()) {
                int t = in.tag();
                if (t == ((3 << 3) | ProtoReader.LEN)) {
                    in.lengthDelimited();
                    Exemplar e = h.nextExemplar();
                    if (ProtoMessages.exemplar(leaf.within(in), ts, e) && e.hasTimestamp()) {
                        h.commitExemplar();
                    }
                } else {
                    in.skip(t & 7);
                }
            }
        }
    }

    private void emit(byte[] nb, int no, int nl, double v, long timestamp, Exemplar ex) {
        if (failed()) {
            return;
        }
        series.name(nb, no, nl, false);
        samples++;
        sink.sample(series, v, timestamp, ex);
    }

    private static double unsigned(long v) {
        return v >= 0 ? v : (double) (v >>> 1) * 2.0 + (v & 1);
    }

    private boolean failed() {
        return error != null || errors.error != null;
    }

    private void fail(String message, int at) {
        if (error == null) {
            error = message;
            errorAt = at;
        }
    }
}
