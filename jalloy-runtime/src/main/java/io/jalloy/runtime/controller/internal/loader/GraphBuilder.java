package io.jalloy.runtime.controller.internal.loader;

import io.jalloy.component.Stability;
import io.jalloy.component.StabilityException;
import io.jalloy.runtime.controller.internal.check.ConfigBlocks;
import io.jalloy.runtime.controller.internal.check.SourceBlock;
import io.jalloy.runtime.controller.internal.dag.Graph;
import io.jalloy.runtime.controller.internal.dag.StronglyConnected;
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
    private final Map<String, String> declareIds = new HashMap<>();
    private final Map<String, String> importIds = new HashMap<>();

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
        rootConstraints(configs);
        addComponentNodes(components);
        new ReferenceWiring(graph, scope, globals.minStability(), declareIds, importIds, diags).wire();
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
            if (b.name().equals("foreach")) {
                try {
                    Stability.EXPERIMENTAL.checkAllowed(globals.minStability(), "config block \"foreach\"");
                } catch (StabilityException e) {
                    diags.add(b.errorOnBlock(e.getMessage()));
                    continue;
                }
            }
            if (b.label() != null && b.name().equals("declare")) {
                declareIds.put(b.label(), b.id());
            } else if (b.label() != null && b.name().startsWith("import.")) {
                importIds.put(b.label(), b.id());
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
            String namespace = b.block().name().get(0);
            if (importIds.containsKey(namespace) || declareIds.containsKey(name)) {
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

    /** The root config may not hold argument or export blocks (they belong to modules). */
    private void rootConstraints(List<SourceBlock> configs) {
        for (SourceBlock b : configs) {
            if (!graph.contains(b.id()) || graph.get(b.id()).block() != b) {
                continue;
            }
            if (b.name().equals("argument")) {
                diags.add(b.errorOnBlock("argument blocks only allowed inside a module"));
            } else if (b.name().equals("export")) {
                diags.add(b.errorOnBlock("export blocks only allowed inside a module"));
            }
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
