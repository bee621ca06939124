package io.jalloy.runtime.controller.internal.check;

import io.jalloy.component.Stability;
import io.jalloy.runtime.controller.internal.refs.Traversal;
import io.jalloy.runtime.controller.internal.refs.Traversals;
import io.jalloy.syntax.ast.Ident;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.diag.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves the name chains a node reads: the longest prefix naming a node of the graph is a
 * reference; otherwise the first name must be in scope (a variable or the standard library).
 * Also warns about stdlib names shadowed by components and deprecated stdlib names, and refuses
 * experimental stdlib functions below their stability level.
 */
final class References {
    private References() {}

    /** The nodes {@code node} reads, adding diagnostics for chains that resolve to nothing. */
    static List<Node> resolve(Node node, State s, Stability minStability, List<Diagnostic> out) {
        List<Node> targets = new ArrayList<>();
        SourceBlock where = node.block;
        for (Traversal t : Traversals.of(where.body())) {
            Node target = longestMatch(t, s);
            String first = t.first().name();
            boolean inScope = s.scope.lookup(first);
            if (target == null && !inScope) {
                out.add(span(where, Severity.ERROR, t.first(), t.last(),
                        "component \"" + t + "\" does not exist or is out of scope"));
                continue;
            }
            StdlibNames stdlib = s.scope.stdlib();
            if (target != null) {
                if (stdlib.isIdentifier(first)) {
                    out.add(span(where, Severity.WARNING, t.first(), t.first(),
                            "a component is shadowing an existing stdlib name"));
                }
                targets.add(target);
            } else if (stdlib.isDeprecated(first)) {
                out.add(span(where, Severity.WARNING, t.first(), t.last(),
                        "this stdlib function is deprecated; please refer to the documentation for updated usage and alternatives"));
            } else if (stdlib.isExperimental(t.toString())) {
                String refusal = Gate.refusal(Stability.EXPERIMENTAL, minStability, t.toString());
                if (refusal != null) {
                    out.add(span(where, Severity.ERROR, t.first(), t.last(), refusal));
                }
            }
        }
        return targets;
    }

    private static Node longestMatch(Traversal t, State s) {
        for (int n = 1; n <= t.size(); n++) {
            Node found = s.lookup(t.prefix(n));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static Diagnostic span(SourceBlock where, Severity severity, Ident from, Ident to, String message) {
        return where.span(severity, from.start(), to.end() - 1, message);
    }
}
