package io.jalloy.prometheus.internal.exposition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A convenience sink that copies every callback into {@link Collected} records. It allocates
 * freely, so it is for tests and tools, never for the scrape hot path.
 */
public final class CollectingSink implements ExpositionSink {
    private final List<Collected> entries = new ArrayList<>();

    public List<Collected> entries() {
        return entries;
    }

    /** Only the float samples, in order. */
    public List<Collected.Sample> samples() {
        List<Collected.Sample> out = new ArrayList<>();
        for (Collected c : entries) {
            if (c instanceof Collected.Sample s) {
                out.add(s);
            }
        }
        return out;
    }

    public List<Collected.Histogram> histograms() {
        List<Collected.Histogram> out = new ArrayList<>();
        for (Collected c : entries) {
            if (c instanceof Collected.Histogram h) {
                out.add(h);
            }
        }
        return out;
    }

    @Override
    public void help(byte[] buf, int nameOff, int nameLen, int textOff, int textLen, HelpEscapes escapes) {
        entries.add(new Collected.Help(LabelSlices.utf8(buf, nameOff, nameLen), escapes.decode(buf, textOff, textLen)));
    }

    @Override
    public void type(byte[] buf, int nameOff, int nameLen, MetricType type) {
        entries.add(new Collected.Type(LabelSlices.utf8(buf, nameOff, nameLen), type));
    }

    @Override
    public void unit(byte[] buf, int nameOff, int nameLen, int unitOff, int unitLen) {
        entries.add(new Collected.Unit(LabelSlices.utf8(buf, nameOff, nameLen), LabelSlices.utf8(buf, unitOff, unitLen)));
    }

    @Override
    public void sample(Series series, double value, long timestampMs, Exemplar exemplar) {
        entries.add(new Collected.Sample(series.name(), labels(series.labels()), value, timestampMs, series.type(),
                series.typeDeclared(), series.role(), series.startTimestampMs(), copy(exemplar)));
    }

    @Override
    public void histogram(Series series, NativeHistogram h, long timestampMs) {
        List<Collected.CollectedExemplar> exemplars = new ArrayList<>();
        for (int i = 0; i < h.exemplarCount(); i++) {
            exemplars.add(copy(h.exemplar(i)));
        }
        entries.add(new Collected.Histogram(series.name(), labels(series.labels()), timestampMs, h.isFloat(),
                h.isGauge(), h.schema(), h.zeroThreshold(), h.zeroCount(), h.count(), h.sum(), buckets(h.positive()),
                buckets(h.negative()), List.copyOf(exemplars), series.startTimestampMs()));
    }

    private static Collected.Buckets buckets(NativeHistogram.Spans s) {
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < s.spanCount(); i++) {
            spans.add(new int[] {s.spanOffset(i), s.spanLength(i)});
        }
        List<Long> deltas = new ArrayList<>();
        for (int i = 0; i < s.deltaCount(); i++) {
            deltas.add(s.delta(i));
        }
        List<Double> counts = new ArrayList<>();
        for (int i = 0; i < s.countCount(); i++) {
            counts.add(s.count(i));
        }
        return new Collected.Buckets(spans, deltas, counts);
    }

    private static Collected.CollectedExemplar copy(Exemplar e) {
        return e == null ? null : new Collected.CollectedExemplar(labels(e.labels()), e.value(), e.timestampMs());
    }

    private static Map<String, String> labels(LabelSlices l) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < l.count(); i++) {
            out.put(l.name(i), l.value(i));
        }
        return out;
    }
}
