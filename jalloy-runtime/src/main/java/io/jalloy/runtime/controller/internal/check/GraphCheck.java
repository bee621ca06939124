package io.jalloy.runtime.controller.internal.check;

import io.jalloy.component.Stability;
import io.jalloy.runtime.controller.internal.dag.StronglyConnected;
import io.jalloy.syntax.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks a built graph in the order its blocks were read and reports, per node, its structural
 * errors, its type check and its unresolved references, then the level's cycles. Nested modules
 * and templates are reported where their block sits.
 */
final class GraphCheck {
    private final Stability minStability;

    GraphCheck(Stability minStability) {
        this.minStability = minStability;
    }

    List<Diagnostic> check(State s) {
        List<Diagnostic> out = new ArrayList<>();
        for (String id : s.graph.ids()) {
            Node node = s.graph.get(id);
            if (node.kind == Node.Kind.COMPONENT) {
                Registry.Lookup found = s.registry.get(node.block.name());
                if (found.error() != null) {
                    out.addAll(node.diags);
                    out.add(node.block.errorOnName(node.block.name().length(), found.error()));
                    continue;
                }
                node.schema = found.arguments();
            }
            out.addAll(node.diags);
            if (node.schema != null) {
                TypeCheck.block(node.block, node.schema, out);
            }
            if (node.inner != null) {
                out.addAll(check(node.inner));
            }
            for (Node target : References.resolve(node, s, minStability, out)) {
                // A template may read the enclosing graph; those edges cannot form cycles here.
                if (s.graph.get(target.id) == target) {
                    s.graph.addEdge(node.id, target.id);
                }
            }
        }
        cycles(s, out);
        return out;
    }

    private static void cycles(State s, List<Diagnostic> out) {
        for (List<String> cycle : StronglyConnected.cycles(s.graph)) {
            List<String> sorted = new ArrayList<>(cycle);
            sorted.sort(null);
            String message = "cycle detected: " + String.join(", ", sorted);
            for (String id : sorted) {
                out.add(s.graph.get(id).block.errorOnHeader(message));
            }
        }
        for (List<String> edge : s.graph.edges()) {
            if (edge.get(0).equals(edge.get(1))) {
                out.add(s.graph.get(edge.get(0)).block.errorOnHeader("cannot reference self"));
            }
        }
    }
}
