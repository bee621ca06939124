package io.jalloy.prometheus.internal.remotewrite;

import static io.jalloy.prometheus.internal.remotewrite.RemoteWriteProtocol.*;

import io.jalloy.common.labels.Labels;
import io.jalloy.common.protobuf.ProtoWriter;
import io.jalloy.prometheus.api.ExemplarSample;
import io.jalloy.prometheus.api.HistogramSample;

/**
 * Builds one {@code WriteRequest} in a reused {@link ProtoWriter}, one TimeSeries per sample as
 * Prometheus's queue manager sends them. Labels come either pre-encoded ({@link #encodeLabels}) or
 * as the {@link Labels} the WAL already holds, encoded straight into the request, so a sender
 * keeps no second copy of every series. Confined to one sending thread.
 */
public final class WriteRequestEncoder {
    private final ProtoWriter out = new ProtoWriter(64 * 1024);
    private final ProtoWriter scratch = new ProtoWriter(256);
    private LabelPairCache pairs; // created on first use: only sending encoders need it

    public void reset() {
        out.reset();
    }

    public ProtoWriter buffer() {
        return out;
    }

    /** The repeated Label fields (field 1 of TimeSeries) for {@code labels}, ready to copy. */
    public static byte[] encodeLabels(Labels labels) {
        ProtoWriter b = new ProtoWriter(64);
        writeLabels(b, SERIES_LABELS, labels);
        return b.toByteArray();
    }

    private static void writeLabels(ProtoWriter b, int field, Labels labels) {
        for (int i = 0; i < labels.size(); i++) {
            int s = b.beginMessage(field);
            b.stringField(LABEL_NAME, labels.name(i));
            b.stringField(LABEL_VALUE, labels.value(i));
            b.endMessage(s);
        }
    }

    private void writeCachedLabels(Labels labels) {
        LabelPairCache pairs = this.pairs;
        if (pairs == null) {
            pairs = this.pairs = new LabelPairCache();
        }
        for (int i = 0; i < labels.size(); i++) {
            pairs.write(out, SERIES_LABELS, labels.name(i), labels.value(i));
        }
    }

    /** Appends a TimeSeries with one float sample. */
    public void addSample(byte[] labelsProto, long timestampMs, double value) {
        int ts = out.beginMessage(WRITE_REQUEST_TIMESERIES);
        out.rawBytes(labelsProto, 0, labelsProto.length);
        int s = out.beginMessage(SERIES_SAMPLES);
        out.doubleField(SAMPLE_VALUE, value);
        out.varintField(SAMPLE_TIMESTAMP, timestampMs);
        out.endMessage(s);
        out.endMessage(ts);
    }

    /** Appends a TimeSeries with one float sample, encoding {@code labels} in place. */
    public void addSample(Labels labels, long timestampMs, double value) {
        int ts = out.beginMessage(WRITE_REQUEST_TIMESERIES);
        writeCachedLabels(labels);
        int s = out.beginMessage(SERIES_SAMPLES);
        out.doubleField(SAMPLE_VALUE, value);
        out.varintField(SAMPLE_TIMESTAMP, timestampMs);
        out.endMessage(s);
        out.endMessage(ts);
    }

    /** As {@link #addEncoded(byte[], int, byte[])}, encoding {@code labels} in place. */
    public void addEncoded(Labels labels, int field, byte[] body) {
        int ts = out.beginMessage(WRITE_REQUEST_TIMESERIES);
        writeCachedLabels(labels);
        out.bytesField(field, body);
        out.endMessage(ts);
    }

    /**
     * Appends a TimeSeries with one pre-encoded exemplar ({@code field} {@link
     * RemoteWriteProtocol#SERIES_EXEMPLARS}) or histogram ({@code SERIES_HISTOGRAMS}) message body.
     */
    public void addEncoded(byte[] labelsProto, int field, byte[] body) {
        int ts = out.beginMessage(WRITE_REQUEST_TIMESERIES);
        out.rawBytes(labelsProto, 0, labelsProto.length);
        out.bytesField(field, body);
        out.endMessage(ts);
    }

    /** Appends one MetricMetadata entry. */
    public void addMetadata(String family, String type, String help, String unit) {
        int m = out.beginMessage(WRITE_REQUEST_METADATA);
        out.varintFieldUnlessZero(METADATA_TYPE, metricType(type));
        out.stringField(METADATA_FAMILY, family);
        out.stringFieldUnlessEmpty(METADATA_HELP, help);
        out.stringFieldUnlessEmpty(METADATA_UNIT, unit);
        out.endMessage(m);
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
        ProtoWriter b = scratch;
        b.reset();
        b.doubleField(H_COUNT_FLOAT, h.count());
        b.doubleField(H_SUM, h.sum());
        b.sint32Field(H_SCHEMA, h.schema());
        b.doubleField(H_ZERO_THRESHOLD, h.zeroThreshold());
        b.doubleField(H_ZERO_COUNT_FLOAT, h.zeroCount());
        writeSpans(b, H_NEGATIVE_SPANS, h.negativeSpans());
        b.packedDoublesField(H_NEGATIVE_COUNTS, h.negativeCounts());
        writeSpans(b, H_POSITIVE_SPANS, h.positiveSpans());
        b.packedDoublesField(H_POSITIVE_COUNTS, h.positiveCounts());
        b.varintFieldUnlessZero(H_RESET_HINT, h.counterReset());
        b.varintField(H_TIMESTAMP, timestampMs);
        return b.toByteArray();
    }

    private static void writeSpans(ProtoWriter b, int field, int[] spans) {
        for (int i = 0; i + 1 < spans.length; i += 2) {
            int s = b.beginMessage(field);
            b.sint32Field(SPAN_OFFSET, spans[i]);
            b.varintField(SPAN_LENGTH, spans[i + 1] & 0xFFFFFFFFL);
            b.endMessage(s);
        }
    }
}
