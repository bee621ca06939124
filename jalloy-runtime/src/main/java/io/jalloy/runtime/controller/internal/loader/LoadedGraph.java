package io.jalloy.runtime.controller.internal.loader;

import io.jalloy.runtime.controller.internal.dag.Graph;
import io.jalloy.syntax.diag.Diagnostic;
import java.util.List;

/** A graph built from a config, with the problems found building it (errors mean: do not apply). */
record LoadedGraph(Graph<LoaderNode> graph, List<Diagnostic> diagnostics) {

    boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == io.jalloy.syntax.diag.Severity.ERROR);
    }
}
