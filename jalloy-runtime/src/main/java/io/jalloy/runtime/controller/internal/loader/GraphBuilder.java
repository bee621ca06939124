package io.jalloy.runtime.controller.internal.loader;

import io.jalloy.component.Stability;
import io.jalloy.component.StabilityException;
import io.jalloy.runtime.controller.internal.check.ConfigBlocks;
import io.jalloy.runtime.controller.internal.check.SourceBlock;
import io.jalloy.runtime.controller.internal.dag.Graph;
import io.jalloy.runtime.controller.internal.dag.StronglyConnected;
import io.jalloy.runtime.controller.internal.refs.Traversal;
import io.jalloy.runtime.controller.internal.refs.Traversals;
import io.jalloy.runtime.node.BuiltinNode;
import io.jalloy.runtime.node.NodeGlobals;
import io.jalloy.runtime.registry.ComponentRegistry;
import io.jalloy.runtime.registry.UnknownComponentException;
import io.jalloy.component.ComponentProvider;
import io.jalloy.syntax.ast.AttributeStmt;
import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.ast.File;
import io.jalloy.syntax.ast.Stmt;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.token.Position;
import io.jalloy.syntax.token.SourceFile;
import io.jalloy.syntax.vm.Scope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the graph of a config the way Alloy's loader does: one node per component and config
 * block (existing component nodes are reused by id so running components survive a reload),
 * an edge for each reference found in a block's expressions (the longest prefix of a name chain
 * that is a node id), and Alloy's errors for duplicate ids, unknown components, unresolvable
 * references and cycles.
 */
final class GraphBuilder {
    private final ComponentRegistry registry;
    private final NodeGlobals globals;
    private final Set<String> services;
    private final Map<String, LoaderNode> previous;
    private final Graph<LoaderNode> graph = new Graph<>();
    private final List<Diagnostic> diags = new ArrayList<>();
    private final Set<String> customNamespaces = new HashSet<>();

    GraphBuilder(ComponentRegistry registry, NodeGlobals globals, Set<String> services, Map<String, LoaderNode> previous) {
        this.registry = registry;
        this.globals = globals;
        this.services = services;
        this.previous = previous;
    }

    /** Builds the graph of {@code files}; names in {@code scope} are not references. */
    LoadedGraph build(List<File> files, Scope scope) {
        List<SourceBlock> declares = new ArrayList<>();
        List<SourceBlock> configs = new ArrayList<>();
        List<SourceBlock> components = new ArrayList<>();
        for (File file : files) {
            sort(file, declares, configs, components);
        }
        addConfigNodes(declares);
        addConfigNodes(configs);
        addComponentNodes(components);
        wire(scope);
        reportCycles();
        return new LoadedGraph(graph, List.copyOf(diags));
    }

    private void sort(File file, List<SourceBlock> declares, List<SourceBlock> configs, List<SourceBlock> components) {
        SourceFile sf = file.source();
        for (Stmt stmt : file.body()) {
            if (stmt instanceof AttributeStmt a) {
                diags.add(Diagnostic.error(sf.position(a.name().start()), sf.position(a.name().end() - 1),
                        "unrecognized attribute " + a.name().name()));
                return;
            }
        }
        for (Stmt stmt : file.body()) {
            BlockStmt b = (BlockStmt) stmt;
            SourceBlock sb = new SourceBlock(b, sf);
            String name = b.fullName();
            if (name.equals("declare")) {
                declares.add(sb);
            } else if (ConfigBlocks.NAMES.contains(name) || services.contains(sb.id())) {
                configs.add(sb);
            } else {
                components.add(sb);
            }
        }
    }

    private void addConfigNodes(List<SourceBlock> blocks) {
        Map<String, SourceBlock> seen = new HashMap<>();
        for (SourceBlock b : blocks) {
            if (alreadyDefined(seen, b)) {
                continue;
            }
            if (b.name().equals("declare") || b.name().startsWith("import.")) {
                if (b.label() != null) {
                    customNamespaces.add(b.label());
                }
            }
            graph.add(b.id(), new ConfigNode(b.id(), b));
        }
    }

    private void addComponentNodes(List<SourceBlock> blocks) {
        Map<String, SourceBlock> seen = new HashMap<>();
        for (SourceBlock b : blocks) {
            String name = b.name();
            if (b.label() == null) {
                diags.add(b.errorOnName(name.length(), "component \"" + name + "\" must have a label"));
                continue;
            }
            if (alreadyDefined(seen, b)) {
                continue;
            }
            if (customNamespaces.contains(b.block().name().get(0))) {
                // Modules do not run yet; the node keeps references to it resolvable.
                graph.add(b.id(), new ConfigNode(b.id(), b));
                continue;
            }
            ComponentProvider<?, ?> provider;
            try {
                provider = registry.require(name, globals.minStability());
            } catch (UnknownComponentException | StabilityException e) {
                diags.add(b.errorOnName(name.length(), e.getMessage()));
                continue;
            }
            graph.add(b.id(), componentNode(b, provider));
        }
    }

    private ComponentNode componentNode(SourceBlock b, ComponentProvider<?, ?> provider) {
        if (previous.get(b.id()) instanceof ComponentNode old && old.managed().provider() == provider) {
            return old.withBlock(b);
        }
        return new ComponentNode(b.id(), b, new BuiltinNode<>(globals, provider, b.id(), b.label()));
    }

    private boolean alreadyDefined(Map<String, SourceBlock> seen, SourceBlock b) {
        SourceBlock original = seen.putIfAbsent(b.id(), b);
        if (original == null) {
            return false;
        }
        String at = original.file().position(original.block().start()).toString();
        diags.add(b.errorOnName(b.id().length(), "block " + b.id() + " already declared at " + at));
        return true;
    }

    private void wire(Scope scope) {
        for (String id : graph.ids()) {
            SourceBlock b = graph.get(id).block();
            if (b.name().equals("declare")) {
                continue; // a declare's body belongs to the module it defines
            }
            for (Traversal t : Traversals.of(b.body())) {
                String target = longestMatch(t);
                if (target != null) {
                    graph.addEdge(id, target);
                } else if (scope.lookup(t.first().name()) == null) {
                    diags.add(b.span(io.jalloy.syntax.diag.Severity.ERROR, t.first().start(), t.last().end() - 1,
                            "component \"" + t + "\" does not exist or is out of scope"));
                }
            }
        }
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

    private void reportCycles() {
        for (List<String> cycle : StronglyConnected.cycles(graph)) {
            List<String> sorted = new ArrayList<>(cycle);
            sorted.sort(null);
            diags.add(Diagnostic.error(Position.NONE, Position.NONE, "cycle: " + String.join(", ", sorted)));
        }
        for (List<String> edge : graph.edges()) {
            if (edge.get(0).equals(edge.get(1))) {
                diags.add(Diagnostic.error(Position.NONE, Position.NONE, "self reference: " + edge.get(0)));
            }
        }
    }
}
