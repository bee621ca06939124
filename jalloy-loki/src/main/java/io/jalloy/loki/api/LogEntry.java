package io.jalloy.loki.api;

import io.jalloy.common.labels.Labels;

/**
 * One log line with its stream labels, its timestamp in nanoseconds since the epoch, and its
 * structured metadata (empty {@link Labels} when none). Immutable; stages build new entries.
 */
public record LogEntry(Labels labels, long timestampNanos, String line, Labels structuredMetadata) {

    /** An entry without structured metadata. */
    public static LogEntry of(Labels labels, long timestampNanos, String line) {
        return new LogEntry(labels, timestampNanos, line, Labels.EMPTY);
    }

    public LogEntry withLabels(Labels newLabels) {
        return newLabels == labels ? this : new LogEntry(newLabels, timestampNanos, line, structuredMetadata);
    }

    public LogEntry withLine(String newLine) {
        return new LogEntry(labels, timestampNanos, newLine, structuredMetadata);
    }
}
