package io.jalloy.prometheus.internal.wal;

import io.jalloy.common.labels.Labels;

/**
 * One series known to the WAL: its reference, its labels (held once), and the newest sample
 * timestamp appended, which decides when the series is garbage-collected. {@code lastTs} is written
 * by appenders without locking; a lost update only delays collection.
 */
public final class SeriesEntry {
    final long ref;
    final Labels labels;
    volatile long lastTs;

    SeriesEntry(long ref, Labels labels, long lastTs) {
        this.ref = ref;
        this.labels = labels;
        this.lastTs = lastTs;
    }

    public long ref() {
        return ref;
    }

    public Labels labels() {
        return labels;
    }

    void touch(long ts) {
        if (ts > lastTs) {
            lastTs = ts;
        }
    }
}
