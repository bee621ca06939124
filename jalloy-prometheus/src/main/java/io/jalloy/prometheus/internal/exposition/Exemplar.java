package io.jalloy.prometheus.internal.exposition;

/**
 * An exemplar attached to a sample or native histogram: labels as byte ranges, value and an
 * optional timestamp. Reused by its parser for every exemplar; copy what must be kept.
 */
public final class Exemplar {
    private final LabelSlices labels = new LabelSlices();
    private double value;
    private long timestampMs = Series.NO_TIMESTAMP;

    public LabelSlices labels() {
        return labels;
    }

    public double value() {
        return value;
    }

    /** Milliseconds since the epoch, or {@link Series#NO_TIMESTAMP}. */
    public long timestampMs() {
        return timestampMs;
    }

    public boolean hasTimestamp() {
        return timestampMs != Series.NO_TIMESTAMP;
    }

    void reset() {
        labels.clear();
        value = 0;
        timestampMs = Series.NO_TIMESTAMP;
    }

    void set(double value, long timestampMs) {
        this.value = value;
        this.timestampMs = timestampMs;
    }

    @Override
    public String toString() {
        return labels + " " + value + (hasTimestamp() ? " @" + timestampMs : "");
    }
}
