package io.jalloy.prometheus.internal.wal;

import io.jalloy.common.labels.Labels;
import io.jalloy.prometheus.api.Appender;
import io.jalloy.prometheus.api.ExemplarSample;
import io.jalloy.prometheus.api.HistogramSample;
import io.jalloy.prometheus.api.MetricMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * An {@link Appender} that encodes each sample straight into a pooled {@link RecordBuffer} and
 * writes the whole batch to the WAL on {@link #commit}, before returning. References are the WAL's
 * series refs, so a caller that passes them back skips the label lookup. Confined to one thread.
 */
public final class WalAppender implements Appender {
    private static final int MAX_RECORD_PAYLOAD = 1 << 20;

    private final Wal wal;
    private final LongConsumer committed;
    private final List<SeriesEntry> unlogged = new ArrayList<>(0);
    private RecordBuffer buf;
    private long highest = Long.MIN_VALUE;

    public WalAppender(Wal wal) {
        this(wal, ts -> {});
    }

    /** {@code committed} receives the highest sample timestamp of each non-empty committed batch. */
    public WalAppender(Wal wal, LongConsumer committed) {
        this.wal = wal;
        this.committed = committed;
        this.buf = wal.borrow();
    }

    private SeriesEntry entry(long ref, Labels labels) {
        SeriesEntry e = ref != NO_REF ? wal.byRef(ref) : null;
        if (e == null) {
            e = wal.series(labels);
        }
        if (!e.logged && (unlogged.isEmpty() || unlogged.getLast() != e)) {
            unlogged.add(e); // logged by whichever commit gets the WAL lock first
        }
        return e;
    }

    private void record(int type) {
        if (buf.open() && (buf.openType() != type || buf.openSize() > MAX_RECORD_PAYLOAD)) {
            buf.finish();
        }
        if (!buf.open()) {
            buf.begin(type);
        }
    }

    @Override
    public long append(long ref, Labels labels, long timestampMs, double value) {
        SeriesEntry e = entry(ref, labels);
        e.touch(timestampMs);
        highest = Math.max(highest, timestampMs);
        record(RecordType.SAMPLES);
        buf.varint(e.ref);
        buf.fixed64(timestampMs);
        buf.putDouble(value);
        return e.ref;
    }

    @Override
    public long appendHistogram(long ref, Labels labels, long timestampMs, HistogramSample h) {
        SeriesEntry e = entry(ref, labels);
        e.touch(timestampMs);
        record(RecordType.HISTOGRAMS);
        buf.varint(e.ref);
        buf.fixed64(timestampMs);
        HistogramCodec.write(buf, h);
        return e.ref;
    }

    @Override
    public long appendExemplar(long ref, Labels labels, ExemplarSample exemplar) {
        SeriesEntry e = entry(ref, labels);
        record(RecordType.EXEMPLARS);
        buf.varint(e.ref);
        buf.fixed64(exemplar.timestampMs());
        buf.putDouble(exemplar.value());
        buf.putByte(exemplar.hasTimestamp() ? 1 : 0);
        buf.labels(exemplar.labels());
        return e.ref;
    }

    @Override
    public long updateMetadata(long ref, Labels labels, MetricMetadata metadata) {
        SeriesEntry e = entry(ref, labels);
        record(RecordType.METADATA);
        buf.varint(e.ref);
        buf.string(metadata.type() == null ? "" : metadata.type());
        buf.string(metadata.help() == null ? "" : metadata.help());
        buf.string(metadata.unit() == null ? "" : metadata.unit());
        return e.ref;
    }

    @Override
    public void commit() {
        if (buf == null) {
            return;
        }
        try {
            if (buf.open()) {
                buf.finish();
            }
            wal.write(buf, unlogged);
            if (highest != Long.MIN_VALUE) {
                committed.accept(highest);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write to the WAL", ex);
        } finally {
            wal.release(buf);
            buf = null;
            unlogged.clear();
        }
    }

    @Override
    public void rollback() {
        if (buf != null) {
            wal.release(buf);
            buf = null;
        }
    }
}
