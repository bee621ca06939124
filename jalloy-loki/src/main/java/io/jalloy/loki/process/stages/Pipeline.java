package io.jalloy.loki.process.stages;

import io.jalloy.loki.api.LogEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiled stages linked into one chain. {@link #process} runs a batch through them with one
 * reused {@link EntryState} and returns what comes out. Not thread-safe: the owner serialises
 * calls (one lock per batch, never per entry).
 */
public final class Pipeline implements AutoCloseable {
    private final List<Stage> stages;
    private final Next head;
    private final EntryState state = new EntryState();
    private List<LogEntry> out = new ArrayList<>();

    public Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
        Next next = e -> out.add(e.toEntry());
        for (int i = stages.size() - 1; i >= 0; i--) {
            next = stages.get(i).bind(next);
        }
        this.head = next;
    }

    /** Runs a batch; the result holds what passed every stage (and anything flushed meanwhile). */
    public List<LogEntry> process(List<LogEntry> batch) {
        out = new ArrayList<>(batch.size());
        for (LogEntry e : batch) {
            head.accept(state.reset(e));
        }
        return out;
    }

    /** Asks stages holding entries to pass on those due by {@code nowNanos} (all when {@code all}). */
    public List<LogEntry> flush(long nowNanos, boolean all) {
        out = new ArrayList<>();
        for (Stage s : stages) {
            s.flush(nowNanos, all);
        }
        return out;
    }

    @Override
    public void close() {
        stages.forEach(Stage::close);
    }
}
