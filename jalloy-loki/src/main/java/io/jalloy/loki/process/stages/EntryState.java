package io.jalloy.loki.process.stages;

import io.jalloy.common.labels.Labels;
import io.jalloy.loki.api.LogEntry;
import java.util.HashMap;
import java.util.Map;

/**
 * The mutable working state of one entry travelling through the stages: its labels, the shared
 * map of extracted values, the line, the timestamp and the structured metadata. A pipeline reuses
 * one instance for every entry of a batch; stages that keep entries ({@code multiline}) take a
 * {@link #copy}. Owned by the one thread running the pipeline.
 *
 * <p>Extracted values are {@code String}, {@code Double} (JSON numbers), {@code Boolean} or
 * {@code null} (a JSON null); {@link Values#asString} converts them as Alloy does.
 */
public final class EntryState {
    /** The stream labels being edited. */
    public final Labels.Builder labels = new Labels.Builder();
    /** The structured metadata being edited. */
    public final Labels.Builder metadata = new Labels.Builder();
    /** Values extracted so far; starts with the entry's labels, as in Alloy. */
    public final Map<String, Object> extracted = new HashMap<>();
    /** Label lookups for selectors, made once rather than per entry. */
    public final java.util.function.Function<String, String> labelLookup = labels::get;
    private static final int MAX_STREAMS = 4096;
    private final Map<Labels, Labels> streams = new HashMap<>(); // label sets built lately, by value
    private Labels lastIn; // the incoming entry's labels: passed on as they are when unchanged
    /** The log line. */
    public String line = "";
    /** The timestamp in nanoseconds since the epoch. */
    public long timestampNanos;

    /** Loads an incoming entry, seeding the extracted map with its labels. */
    public EntryState reset(LogEntry e) {
        lastIn = e.labels();
        labels.reset(e.labels());
        metadata.reset(e.structuredMetadata());
        extracted.clear();
        Labels l = e.labels();
        for (int i = 0, n = l.size(); i < n; i++) {
            extracted.put(l.name(i), l.value(i));
        }
        line = e.line();
        timestampNanos = e.timestampNanos();
        return this;
    }

    /**
     * What a parsing stage reads: the line when {@code source} is null, else that extracted value
     * as a string, or null when it is absent (or a JSON null, which Alloy cannot convert).
     */
    public String input(String source) {
        if (source == null) {
            return line;
        }
        Object v = extracted.get(source);
        return v == null ? null : Values.asString(v);
    }

    /**
     * The entry as it stands now. Label sets built by the stages are shared through a small
     * cache: a stream's entries then carry one {@code Labels} instance, so receivers downstream
     * find their stream by identity and the heap holds one copy per stream, not per entry.
     */
    public LogEntry toEntry() {
        return new LogEntry(canonical(labels.build()), timestampNanos, line, metadata.build());
    }

    private Labels canonical(Labels built) {
        if (built == lastIn) {
            return built;
        }
        Labels known = streams.get(built);
        if (known == null) {
            if (streams.size() >= MAX_STREAMS) {
                streams.clear();
            }
            streams.put(built, built);
            known = built;
        }
        return known;
    }

    /** The current labels, collapsing pending edits (cheap when there are none). */
    public Labels currentLabels() {
        Labels built = labels.build();
        labels.reset(built);
        return built;
    }

    /** The current structured metadata, collapsing pending edits. */
    public Labels currentMetadata() {
        Labels built = metadata.build();
        metadata.reset(built);
        return built;
    }

    /** An independent copy, for stages that hold entries back or fan one out. */
    public EntryState copy() {
        EntryState c = new EntryState();
        c.labels.reset(currentLabels());
        c.metadata.reset(currentMetadata());
        c.extracted.putAll(extracted);
        c.line = line;
        c.timestampNanos = timestampNanos;
        return c;
    }

    /** Overwrites this state with {@code other}'s contents. */
    public void assign(EntryState other) {
        labels.reset(other.currentLabels());
        metadata.reset(other.currentMetadata());
        extracted.clear();
        extracted.putAll(other.extracted);
        line = other.line;
        timestampNanos = other.timestampNanos;
    }
}
