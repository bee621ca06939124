package io.jalloy.runtime.controller.internal.check;

import io.jalloy.runtime.controller.BlockSchema;
import io.jalloy.syntax.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * One block in a validation graph. Diagnostics found while sorting blocks are kept on the node so
 * that they print in graph order, before the node's type check, as Alloy prints them.
 */
final class Node {
    /** What the node stands for, deciding how the graph check treats it. */
    enum Kind { CONFIG, COMPONENT, MODULE, FOREACH }

    final Kind kind;
    final SourceBlock block;
    final List<Diagnostic> diags = new ArrayList<>();
    String id;
    /** The schema to check the body against; null when unchecked. */
    BlockSchema schema;
    /** The nested module or foreach template of a MODULE or FOREACH node. */
    State inner;

    Node(Kind kind, SourceBlock block) {
        this.kind = kind;
        this.block = block;
        this.id = block.id();
    }
}
