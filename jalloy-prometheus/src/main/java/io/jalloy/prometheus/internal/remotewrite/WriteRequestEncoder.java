package io.jalloy.prometheus.internal.remotewrite;

import static io.jalloy.prometheus.internal.remotewrite.RemoteWriteProtocol.*;

import io.jalloy.common.labels.Labels;
import io.jalloy.prometheus.api.ExemplarSample;
import io.jalloy.prometheus.api.HistogramSample;

/**
 * Builds one {@code WriteRequest} in a reused {@link ProtoBuffer}. A series' labels are encoded
 * once ({@link #encodeLabels}) and copied into every TimeSeries that carries one of its samples, as
 * Prometheus's queue manager sends one TimeSeries per sample. Confined to one sending thread.
 */
public final class WriteRequestEncoder {
    private final ProtoBuffer out = new ProtoBuffer(64 * 1024);
    private final ProtoBuffer scratch = new ProtoBuffer(256);

    public void reset() {
        out.reset();
    }

    public ProtoBuffer buffer() {
        return out;
    }

    /** The repeated Label fields (field 1 of TimeSeries) for {@code labels}, ready to copy. */
    public static byte[] encodeLabels(Labels labels) {
        ProtoBuffer b = new ProtoBuffer(64);
        writeLabels(b, SERIES_LABELS, labels);
        return b.toByteArray();
    }

    private static void writeLabels(ProtoBuffer b, int field, Labels labels) {
        for (int i = 0; i < labels.size(); i++) {
            int s = b.begin(field);
            b.stringField(LABEL_NAME, labels.name(i));
            b.stringField(LABEL_VALUE, labels.value(i));
            b.end(s);
        }
    }

    /** Appends a TimeSeries with one float sample. */
    public void addSample(byte[] labelsProto, long timestampMs, double value) {
        int ts = out.begin(WRITE_REQUEST_TIMESERIES);
        out.raw(labelsProto, 0, labelsProto.length);
        int s = out.begin(SERIES_SAMPLES);
        out.doubleField(SAMPLE_VALUE, value);
        out.varintField(SAMPLE_TIMESTAMP, timestampMs);
        out.end(s);
        out.end(ts);
    }

    /**
     * Appends a TimeSeries with one pre-encoded exemplar ({@code field} {@link
     * RemoteWriteProtocol#SERIES_EXEMPLARS}) or histogram ({@code SERIES_HISTOGRAMS}) message body.
     */
    public void addEncoded(byte[] labelsProto, int field, byte[] body) {
        int ts = out.begin(WRITE_REQUEST_TIMESERIES);
        out.raw(labelsProto, 0, labelsProto.length);
        out.bytesField(field, body);
        out.end(ts);
    }

    /** Appends one MetricMetadata entry. */
    public void addMetadata(String family, String type, String help, String unit) {
        int m = out.begin(WRITE_REQUEST_METADATA);
        int t = metricType(type);
        if (t != 0) {
            out.varintField(METADATA_TYPE, t);
        }
        out.stringField(METADATA_FAMILY, family);
        if (!help.isEmpty()) {
            out.stringField(METADATA_HELP, help);
        }
        if (!unit.isEmpty()) {
            out.stringField(METADATA_UNIT, unit);
        }
        out.end(m);
    }

    /** The body of an Exemplar message. */
    public byte[] exemplarBody(ExemplarSample e) {
        scratch.reset();
        writeLabels(scratch, EXEMPLAR_LABELS, e.labels());
        scratch.doubleField(EXEMPLAR_VALUE, e.value());
        if (e.hasTimestamp()) {
            scratch.varintField(EXEMPLAR_TIMESTAMP, e.timestampMs());
        }
        return scratch.toByteArray();
    }

    /** The body of a Histogram message carrying float counts (Prometheus's FloatHistogram form). */
    public byte[] histogramBody(HistogramSample h, long timestampMs) {
        ProtoBuffer b = scratch;
        b.reset();
        b.doubleField(H_COUNT_FLOAT, h.count());
        b.doubleField(H_SUM, h.sum());
        b.varintField(H_SCHEMA, (h.schema() << 1) ^ (h.schema() >> 31));
        b.doubleField(H_ZERO_THRESHOLD, h.zeroThreshold());
        b.doubleField(H_ZERO_COUNT_FLOAT, h.zeroCount());
        writeSpans(b, H_NEGATIVE_SPANS, h.negativeSpans());
        writeDoubles(b, H_NEGATIVE_COUNTS, h.negativeCounts());
        writeSpans(b, H_POSITIVE_SPANS, h.positiveSpans());
        writeDoubles(b, H_POSITIVE_COUNTS, h.positiveCounts());
        if (h.counterReset() != 0) {
            b.varintField(H_RESET_HINT, h.counterReset());
        }
        b.varintField(H_TIMESTAMP, timestampMs);
        return b.toByteArray();
    }

    private static void writeSpans(ProtoBuffer b, int field, int[] spans) {
        for (int i = 0; i + 1 < spans.length; i += 2) {
            int s = b.begin(field);
            b.varintField(SPAN_OFFSET, (spans[i] << 1) ^ (spans[i] >> 31));
            b.varintField(SPAN_LENGTH, spans[i + 1] & 0xFFFFFFFFL);
            b.end(s);
        }
    }

    private static void writeDoubles(ProtoBuffer b, int field, double[] values) {
        if (values.length == 0) {
            return;
        }
        b.tag(field, 2);
        b.varint(values.length * 8L);
        for (double v : values) {
            b.fixed64(Double.doubleToRawLongBits(v));
        }
    }
}
