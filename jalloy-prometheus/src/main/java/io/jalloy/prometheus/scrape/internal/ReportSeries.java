package io.jalloy.prometheus.scrape.internal;

import io.jalloy.common.labels.Labels;
import io.jalloy.prometheus.api.Appender;

/**
 * The synthetic series Prometheus writes after each scrape ({@code up},
 * {@code scrape_duration_seconds}, ...; three more with {@code extra_metrics}), with their labels
 * built once per target and their receiver references kept. Used by one scrape loop thread.
 */
final class ReportSeries {
    static final int UP = 0;
    static final int DURATION = 1;
    static final int SCRAPED = 2;
    static final int POST_RELABEL = 3;
    static final int ADDED = 4;
    static final int TIMEOUT = 5;
    static final int SAMPLE_LIMIT = 6;
    static final int BODY_SIZE = 7;

    private static final String[] NAMES = {"up", "scrape_duration_seconds", "scrape_samples_scraped",
        "scrape_samples_post_metric_relabeling", "scrape_series_added", "scrape_timeout_seconds",
        "scrape_sample_limit", "scrape_body_size_bytes"};

    private final Labels[] labels;
    private final long[][] refs;
    private boolean written;

    ReportSeries(Labels target, boolean extra, int receivers) {
        labels = new Labels[extra ? NAMES.length : ADDED + 1];
        refs = new long[labels.length][receivers];
        Labels.Builder b = new Labels.Builder();
        for (int i = 0; i < labels.length; i++) {
            labels[i] = b.reset(target).set("__name__", NAMES[i]).build();
        }
    }

    /** Appends {@code values} (indexed by the constants; extra ones ignored without extra_metrics). */
    void append(Appender[] apps, long timestampMs, double[] values) {
        for (int s = 0; s < labels.length; s++) {
            for (int r = 0; r < apps.length; r++) {
                refs[s][r] = apps[r].append(refs[s][r], labels[s], timestampMs, values[s]);
            }
        }
        written = true;
    }

    /** Marks every report series stale, if any was written. */
    void stale(Appender[] apps, long timestampMs, double staleNaN) {
        if (!written) {
            return;
        }
        for (int s = 0; s < labels.length; s++) {
            for (int r = 0; r < apps.length; r++) {
                refs[s][r] = apps[r].append(refs[s][r], labels[s], timestampMs, staleNaN);
            }
        }
        written = false;
    }
}
