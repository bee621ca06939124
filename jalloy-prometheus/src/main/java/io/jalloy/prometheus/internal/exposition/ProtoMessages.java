package io.jalloy.prometheus.internal.exposition;

/**
 * Decoders of the small protobuf messages MetricFamily nests (LabelPair, BucketSpan, Exemplar),
 * writing into reusable views. Errors surface through the readers' shared root.
 */
final class ProtoMessages {
    private ProtoMessages() {}

    /** Reads a LabelPair message; name and value slices point into the input. */
    static void labelPair(ProtoReader r, LabelSlices labels) {
        int no = r.pos;
        int nl = 0;
        int vo = r.pos;
        int vl = 0;
        while (r.more()) {
            int tag = r.tag();
            if (tag == ((1 << 3) | ProtoReader.LEN)) {
                nl = r.lengthDelimited();
                no = r.fieldStart;
            } else if (tag == ((2 << 3) | ProtoReader.LEN)) {
                vl = r.lengthDelimited();
                vo = r.fieldStart;
            } else {
                r.skip(tag & 7);
            }
        }
        labels.add(r.b, no, nl, r.b, vo, vl, false);
    }

    /** Reads a BucketSpan message into {@code side}. */
    static void span(ProtoReader r, NativeHistogram.Spans side) {
        int offset = 0;
        int length = 0;
        while (r.more()) {
            int tag = r.tag();
            switch (tag) {
                case (1 << 3) | ProtoReader.VARINT -> offset = (int) r.zigzag();
                case (2 << 3) | ProtoReader.VARINT -> length = (int) r.varint();
                default -> r.skip(tag & 7);
            }
        }
        side.addSpan(offset, length);
    }

    /** Reads an Exemplar message into {@code e}; label slices point into the input. */
    static boolean exemplar(ProtoReader r, ProtoReader scratch, Exemplar e) {
        e.reset();
        double v = 0;
        long t = Series.NO_TIMESTAMP;
        while (r.more()) {
            int tag = r.tag();
            switch (tag) {
                case (1 << 3) | ProtoReader.LEN -> {
                    r.lengthDelimited();
                    labelPair(scratch.within(r), e.labels());
                }
                case (2 << 3) | ProtoReader.FIXED64 -> v = r.fixed64();
                case (3 << 3) | ProtoReader.LEN -> {
                    r.lengthDelimited();
                    t = ProtoReader.timestampMs(scratch.within(r));
                }
                default -> r.skip(tag & 7);
            }
        }
        e.set(v, t);
        return r.error == null;
    }
}
