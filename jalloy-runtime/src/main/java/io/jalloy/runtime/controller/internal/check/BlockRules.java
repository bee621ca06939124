package io.jalloy.runtime.controller.internal.check;

import io.jalloy.syntax.diag.Diagnostic;
import java.util.Map;

/** The structural rules every top-level block follows: labels, unique ids, where it may appear. */
final class BlockRules {
    private BlockRules() {}

    /** Alloy's error when {@code block}'s id repeats an earlier block's; null (and remembered) when new. */
    static Diagnostic alreadyDefined(Map<String, SourceBlock> seen, SourceBlock block) {
        String id = block.id();
        SourceBlock original = seen.get(id);
        if (original == null) {
            seen.put(id, block);
            return null;
        }
        String at = original.file().position(original.block().start()).toString();
        return block.errorOnName(id.length(), "block " + id + " already declared at " + at);
    }

    /** Alloy's error for a root-only block (logging, tracing, services) inside a module or template. */
    static Diagnostic disallowed(State s, SourceBlock block) {
        String id = block.id();
        if (!s.root) {
            return block.errorOnName(id.length(), id + " not allowed in module");
        }
        if (s.foreach) {
            return block.errorOnName(id.length(), id + " not allowed in foreach");
        }
        return null;
    }

    /** Alloy's error for a config block written without its label. */
    static Diagnostic missingLabel(SourceBlock block) {
        if (block.label() != null) {
            return null;
        }
        String name = block.name();
        return block.errorOnName(name.length(), name + " block must have a label");
    }
}
