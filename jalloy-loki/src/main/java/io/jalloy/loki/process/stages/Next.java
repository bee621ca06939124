package io.jalloy.loki.process.stages;

/** Where a stage passes an entry on: the following stage, or the pipeline's output. */
@FunctionalInterface
public interface Next {
    void accept(EntryState entry);
}
