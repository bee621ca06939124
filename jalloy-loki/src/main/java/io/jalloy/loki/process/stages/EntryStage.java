package io.jalloy.loki.process.stages;

/** A stage that edits each entry in place and keeps or drops it; most stages are this. */
public abstract class EntryStage implements Stage {

    /** Edits the entry; returns false to drop it. */
    protected abstract boolean apply(EntryState entry);

    @Override
    public final Next bind(Next downstream) {
        return e -> {
            if (apply(e)) {
                downstream.accept(e);
            }
        };
    }
}
