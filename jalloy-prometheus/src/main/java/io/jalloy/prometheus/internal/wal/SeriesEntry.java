package io.jalloy.prometheus.internal.wal;

import io.jalloy.common.labels.Labels;

/**
 * One series known to the WAL: its reference, its labels (held once), and the newest sample
 * timestamp appended, which decides when the series is garbage-collected. A new series' record is
 * written by the first commit that uses it, in the same locked write as that commit's samples. {@code lastTs} is written
 * by appenders without locking; a lost update only delays collection.
 */
public final class SeriesEntry {
    final long ref;
    final Labels labels;
    volatile long lastTs;
    /** Whether the series record is in the log; set under the WAL's lock. */
    volatile boolean logged;

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
