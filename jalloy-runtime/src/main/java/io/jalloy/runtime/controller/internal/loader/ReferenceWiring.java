package io.jalloy.runtime.controller.internal.loader;

import io.jalloy.component.Stability;
import io.jalloy.component.StabilityException;
import io.jalloy.runtime.controller.internal.check.SourceBlock;
import io.jalloy.runtime.controller.internal.dag.Graph;
import io.jalloy.runtime.controller.internal.refs.Traversal;
import io.jalloy.runtime.controller.internal.refs.Traversals;
import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.ast.Stmt;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.diag.Severity;
import io.jalloy.syntax.stdlib.Stdlib;
import io.jalloy.syntax.vm.Scope;
import java.util.List;
import java.util.Map;

/**
 * Adds the edges of a loaded graph as Alloy's loader does: each name chain in a block's
 * expressions depends on the node named by its longest prefix; chains that start with a scope
 * name (a module variable or the standard library) are not references. Declares depend on the
 * declares and imports used inside them, custom components on their declare or import, so
 * recursive modules show up as cycles.
 */
final class ReferenceWiring {
    private static final System.Logger LOG = System.getLogger(ReferenceWiring.class.getName());

    private final Graph<LoaderNode> graph;
    private final Scope scope;
    private final Stability minStability;
    private final Map<String, String> declares;
    private final Map<String, String> imports;
    private final List<Diagnostic> diags;

    /**
     * @param declares declare labels to node ids
     * @param imports import labels to node ids
     */
    ReferenceWiring(Graph<LoaderNode> graph, Scope scope, Stability minStability, Map<String, String> declares,
                    Map<String, String> imports, List<Diagnostic> diags) {
        this.graph = graph;
        this.scope = scope;
        this.minStability = minStability;
        this.declares = declares;
        this.imports = imports;
        this.diags = diags;
    }

    void wire() {
        for (String id : graph.ids()) {
            SourceBlock b = graph.get(id).block();
            if (b.name().equals("declare")) {
                moduleUses(id, b.block().body());
                continue; // the body belongs to the module it defines
            }
            String namespace = b.block().name().get(0);
            if (imports.containsKey(namespace)) {
                graph.addEdge(id, imports.get(namespace));
            } else if (declares.containsKey(b.name()) && graph.get(id) instanceof ModuleNode) {
                moduleUses(id, graph.get(declares.get(b.name())).block().block().body());
            }
            references(id, b);
        }
    }

    private void moduleUses(String from, List<Stmt> body) {
        for (Stmt stmt : body) {
            if (!(stmt instanceof BlockStmt b)) {
                continue;
            }
            String first = b.name().get(0);
            if (b.fullName().equals("declare")) {
                moduleUses(from, b.body());
            } else if (declares.containsKey(first)) {
                graph.addEdge(from, declares.get(first));
            } else if (imports.containsKey(first)) {
                graph.addEdge(from, imports.get(first));
            }
        }
    }

    private void references(String id, SourceBlock b) {
        boolean foreach = b.name().equals("foreach");
        for (Traversal t : Traversals.of(b.body())) {
            String target = longestMatch(t);
            String first = t.first().name();
            boolean inScope = scope.lookup(first) != null;
            if (target == null && !inScope) {
                if (!foreach) { // a template's own names resolve when it is expanded
                    diags.add(b.span(Severity.ERROR, t.first().start(), t.last().end() - 1,
                            "component \"" + t + "\" does not exist or is out of scope"));
                }
                continue;
            }
            if (target != null) {
                if (isStdlib(first)) {
                    LOG.log(System.Logger.Level.WARNING, Stdlib.SHADOW_MESSAGE + " (component " + target
                            + ", stdlib name " + first + ")");
                }
                graph.addEdge(id, target);
            } else if (Stdlib.isDeprecated(first)) {
                LOG.log(System.Logger.Level.WARNING, Stdlib.DEPRECATION_MESSAGE + " (function " + first + ")");
            } else if (Stdlib.experimental().contains(t.toString())) {
                try {
                    Stability.EXPERIMENTAL.checkAllowed(minStability, t.toString());
                } catch (StabilityException e) {
                    diags.add(b.span(Severity.ERROR, t.first().start(), t.last().end() - 1, e.getMessage()));
                }
            }
        }
    }

    private boolean isStdlib(String name) {
        Scope root = scope;
        while (root.parent() != null) {
            root = root.parent();
        }
        return root.variables().containsKey(name);
    }

    private String longestMatch(Traversal t) {
        for (int n = 1; n <= t.size(); n++) {
            String candidate = t.prefix(n);
            if (graph.contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
