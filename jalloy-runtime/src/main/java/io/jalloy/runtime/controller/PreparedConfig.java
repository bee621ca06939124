package io.jalloy.runtime.controller;

import io.jalloy.runtime.controller.internal.check.SourceBlock;
import io.jalloy.syntax.diag.Diagnostics;
import java.util.List;

/**
 * A config parsed, built and evaluated by {@link Controller#prepare} without touching what runs:
 * its diagnostics, and what {@link Controller#commit} needs to apply it. Immutable; valid for the
 * controller that prepared it.
 */
public final class PreparedConfig {
    private final List<SourceBlock> blocks;
    private final String modulePath;
    private final Diagnostics diagnostics;
    private final long generation;

    PreparedConfig(List<SourceBlock> blocks, String modulePath, Diagnostics diagnostics, long generation) {
        this.blocks = blocks == null ? null : List.copyOf(blocks);
        this.modulePath = modulePath;
        this.diagnostics = diagnostics;
        this.generation = generation;
    }

    /** Every error and warning found; with errors, the config cannot be committed. */
    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /** Whether any diagnostic is an error. */
    public boolean hasErrors() {
        return diagnostics.hasErrors();
    }

    List<SourceBlock> blocks() {
        return blocks;
    }

    String modulePath() {
        return modulePath;
    }

    /** The controller's load count when this was prepared; a later load makes it stale. */
    long generation() {
        return generation;
    }
}
