package io.jalloy.prometheus.scrape.internal;

import io.jalloy.common.labels.LabelInterner;
import io.jalloy.common.labels.Labels;
import io.jalloy.prometheus.api.Appender;
import io.jalloy.prometheus.api.ExemplarSample;
import io.jalloy.prometheus.api.HistogramSample;
import io.jalloy.prometheus.api.MetricMetadata;
import io.jalloy.prometheus.internal.exposition.Exemplar;
import io.jalloy.prometheus.internal.exposition.ExpositionSink;
import io.jalloy.prometheus.internal.exposition.HelpEscapes;
import io.jalloy.prometheus.internal.exposition.LabelSlices;
import io.jalloy.prometheus.internal.exposition.MetricType;
import io.jalloy.prometheus.internal.exposition.NativeHistogram;
import io.jalloy.prometheus.internal.exposition.Series;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Appends one scrape's samples to every receiver: known series go straight to the appenders with
 * their cached labels and references; new series get their labels built once (target labels
 * merged as Prometheus does, limits checked). The first limit violation is kept in
 * {@link #error()} and later samples are ignored. Exemplars are forwarded with the sample (taking
 * its timestamp when they have none, as Prometheus does); a family's TYPE/HELP/UNIT go to the
 * appenders as metadata for series new to this target and whenever they change, so a steady
 * scrape costs one prefix check per sample. Used by one scrape loop thread.
 */
final class ScrapeSink implements ExpositionSink {
    private final SeriesTable table;
    private final ScrapeSettings settings;
    private final Labels targetLabels;
    private final LabelInterner values;
    private final Labels.Builder builder = new Labels.Builder();
    private final Labels.Builder exemplarBuilder = new Labels.Builder();
    private final Map<String, MetricMetadata> lastMetadata = new HashMap<>(); // per family, last scrapes
    private byte[] family; // name of the family the latest TYPE/HELP/UNIT line declared, or null
    private String familyName;
    private String familyType;
    private String familyHelp;
    private String familyUnit;
    private MetricMetadata familyMetadata; // null until the family's first sample
    private boolean familyChanged;
    private boolean fresh; // the entry just returned was added by this sample
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
        family = null;
        familyName = null;
        familyMetadata = null;
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
        if (exemplar != null) {
            exemplar(e, exemplar, t);
        }
        if (family != null) {
            metadata(series, e);
        }
    }

    private void exemplar(int e, Exemplar x, long sampleTs) {
        exemplarBuilder.reset(Labels.EMPTY);
        LabelSlices l = x.labels();
        for (int i = 0; i < l.count(); i++) {
            exemplarBuilder.set(l.name(i), l.value(i));
        }
        ExemplarSample sample = new ExemplarSample(exemplarBuilder.build(), x.value(),
                x.hasTimestamp() ? x.timestampMs() : sampleTs, true);
        SeriesTable tb = table;
        Labels series = tb.labels(e);
        for (int i = 0; i < appenders.length; i++) {
            tb.ref(e, i, appenders[i].appendExemplar(tb.ref(e, i), series, sample));
        }
    }

    @Override
    public void help(byte[] buf, int nameOff, int nameLen, int textOff, int textLen, HelpEscapes escapes) {
        declare(buf, nameOff, nameLen);
        familyHelp = escapes.decode(buf, textOff, textLen);
    }

    @Override
    public void type(byte[] buf, int nameOff, int nameLen, MetricType type) {
        declare(buf, nameOff, nameLen);
        familyType = type.text();
    }

    @Override
    public void unit(byte[] buf, int nameOff, int nameLen, int unitOff, int unitLen) {
        declare(buf, nameOff, nameLen);
        familyUnit = new String(buf, unitOff, unitLen, StandardCharsets.UTF_8);
    }

    private void declare(byte[] buf, int off, int len) {
        if (family == null || !Arrays.equals(family, 0, family.length, buf, off, off + len)) {
            family = Arrays.copyOfRange(buf, off, off + len);
            familyName = new String(family, StandardCharsets.UTF_8);
            familyType = MetricType.UNKNOWN.text();
            familyHelp = "";
            familyUnit = "";
        }
        familyMetadata = null;
    }

    /** Forwards the declared family's metadata for a series of it that is new or whose family changed. */
    private void metadata(Series series, int e) {
        byte[] f = family;
        int n = series.nameLength();
        int off = series.nameOffset();
        byte[] b = series.nameBuffer();
        if (n < f.length || (n > f.length && b[off + f.length] != '_')
                || !Arrays.equals(f, 0, f.length, b, off, off + f.length)) {
            return;
        }
        if (familyMetadata == null) {
            familyMetadata = new MetricMetadata(familyType, familyHelp, familyUnit);
            familyChanged = !familyMetadata.equals(lastMetadata.put(familyName, familyMetadata));
        }
        if (familyChanged || fresh) {
            SeriesTable tb = table;
            Labels l = tb.labels(e);
            for (int i = 0; i < appenders.length; i++) {
                tb.ref(e, i, appenders[i].updateMetadata(tb.ref(e, i), l, familyMetadata));
            }
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
        fresh = false;
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
            fresh = true;
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
