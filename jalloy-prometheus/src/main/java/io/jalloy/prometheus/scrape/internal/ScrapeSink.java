package io.jalloy.prometheus.scrape.internal;

import io.jalloy.common.labels.LabelInterner;
import io.jalloy.common.labels.Labels;
import io.jalloy.prometheus.api.Appender;
import io.jalloy.prometheus.api.HistogramSample;
import io.jalloy.prometheus.internal.exposition.Exemplar;
import io.jalloy.prometheus.internal.exposition.ExpositionSink;
import io.jalloy.prometheus.internal.exposition.LabelSlices;
import io.jalloy.prometheus.internal.exposition.NativeHistogram;
import io.jalloy.prometheus.internal.exposition.Series;
import java.nio.charset.StandardCharsets;

/**
 * Appends one scrape's samples to every receiver: known series go straight to the appenders with
 * their cached labels and references; new series get their labels built once (target labels
 * merged as Prometheus does, limits checked). The first limit violation is kept in
 * {@link #error()} and later samples are ignored. Used by one scrape loop thread.
 */
final class ScrapeSink implements ExpositionSink {
    private final SeriesTable table;
    private final ScrapeSettings settings;
    private final Labels targetLabels;
    private final LabelInterner values;
    private final Labels.Builder builder = new Labels.Builder();
    private Appender[] appenders;
    private int epoch;
    private long defaultTimestamp;
    private int samples;
    private int added;
    private String error;

    ScrapeSink(SeriesTable table, ScrapeSettings settings, Labels targetLabels, LabelInterner values) {
        this.table = table;
        this.settings = settings;
        this.targetLabels = targetLabels;
        this.values = values;
    }

    void start(Appender[] apps, int scrapeEpoch, long timestampMs) {
        appenders = apps;
        epoch = scrapeEpoch;
        defaultTimestamp = timestampMs;
        samples = 0;
        added = 0;
        error = null;
    }

    /** Samples appended (after duplicates were skipped). */
    int samples() {
        return samples;
    }

    /** Series seen for the first time in this scrape. */
    int added() {
        return added;
    }

    /** Why the scrape must fail, or null. */
    String error() {
        return error;
    }

    @Override
    public void sample(Series series, double value, long timestampMs, Exemplar exemplar) {
        int e = entry(series);
        if (e == SeriesTable.NONE) {
            return;
        }
        boolean explicit = settings.honorTimestamps() && timestampMs != Series.NO_TIMESTAMP;
        long t = explicit ? timestampMs : defaultTimestamp;
        SeriesTable tb = table;
        tb.explicitTimestamp(e, explicit);
        Labels l = tb.labels(e);
        for (int i = 0; i < appenders.length; i++) {
            tb.ref(e, i, appenders[i].append(tb.ref(e, i), l, t, value));
        }
    }

    @Override
    public void histogram(Series series, NativeHistogram h, long timestampMs) {
        if (!settings.nativeHistograms()) {
            return;
        }
        int e = entry(series);
        if (e == SeriesTable.NONE) {
            return;
        }
        long t = settings.honorTimestamps() && timestampMs != Series.NO_TIMESTAMP ? timestampMs : defaultTimestamp;
        HistogramSample sample = Histograms.toSample(h);
        Labels l = table.labels(e);
        for (int i = 0; i < appenders.length; i++) {
            table.ref(e, i, appenders[i].appendHistogram(table.ref(e, i), l, t, sample));
        }
    }

    /** The entry to append to, or NONE when the sample is skipped (duplicate, or the scrape failed). */
    private int entry(Series series) {
        if (error != null) {
            return SeriesTable.NONE;
        }
        long hash = series.hash();
        int e = table.find(hash, series);
        if (e == SeriesTable.NONE) {
            Labels labels = labels(series);
            if (error != null) {
                return SeriesTable.NONE;
            }
            e = table.add(hash, series, labels);
            table.seen(e, epoch - 1);
            added++;
        } else if (table.seen(e) == epoch) {
            return SeriesTable.NONE; // a duplicate within one exposition: Prometheus keeps the first
        }
        if (settings.sampleLimit() > 0 && samples >= settings.sampleLimit()) {
            error = "sample limit exceeded";
            return SeriesTable.NONE;
        }
        table.seen(e, epoch);
        samples++;
        return e;
    }

    private Labels labels(Series series) {
        builder.reset(Labels.EMPTY);
        builder.set("__name__", values.intern(series.name()));
        LabelSlices l = series.labels();
        for (int i = 0; i < l.count(); i++) {
            builder.set(LabelInterner.NAMES.intern(l.name(i)), values.intern(l.value(i)));
        }
        TargetLabelMerge.merge(builder, targetLabels, settings.honorLabels());
        Labels out = builder.build();
        error = limitError(out);
        return out;
    }

    private String limitError(Labels l) {
        String metric = truncate(l.get("__name__"));
        if (settings.labelLimit() > 0 && l.size() > settings.labelLimit()) {
            return "label_limit exceeded (metric: " + metric + ", number of labels: " + l.size()
                    + ", limit: " + settings.labelLimit() + ")";
        }
        for (int i = 0; i < l.size(); i++) {
            int nameLen = utf8Length(l.name(i));
            if (settings.labelNameLengthLimit() > 0 && nameLen > settings.labelNameLengthLimit()) {
                return "label_name_length_limit exceeded (metric: " + metric + ", label name: " + truncate(l.name(i))
                        + ", length: " + nameLen + ", limit: " + settings.labelNameLengthLimit() + ")";
            }
            int valueLen = utf8Length(l.value(i));
            if (settings.labelValueLengthLimit() > 0 && valueLen > settings.labelValueLengthLimit()) {
                return "label_value_length_limit exceeded (metric: " + metric + ", label name: " + truncate(l.name(i))
                        + ", value: \"" + truncate(l.value(i)) + "\", length: " + valueLen
                        + ", limit: " + settings.labelValueLengthLimit() + ")";
            }
        }
        return null;
    }

    private static String truncate(String s) {
        return s.length() > 50 ? s.substring(0, 50) : s;
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
