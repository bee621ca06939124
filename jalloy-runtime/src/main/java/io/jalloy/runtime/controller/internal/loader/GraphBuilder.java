package io.jalloy.runtime.controller.internal.loader;

import io.jalloy.component.ComponentProvider;
import io.jalloy.component.Stability;
import io.jalloy.component.StabilityException;
import io.jalloy.runtime.controller.internal.check.ConfigBlocks;
import io.jalloy.runtime.controller.internal.check.SourceBlock;
import io.jalloy.runtime.controller.internal.dag.Graph;
import io.jalloy.runtime.controller.internal.dag.StronglyConnected;
import io.jalloy.runtime.node.BuiltinNode;
import io.jalloy.runtime.node.NodeGlobals;
import io.jalloy.runtime.registry.UnknownComponentException;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.token.Position;
import io.jalloy.syntax.vm.Scope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Builds the graph of one module the way Alloy's loader does: one node per component, custom
 * component and config block (existing nodes are reused by id so running components survive a
 * reload), edges for references, and Alloy's errors for duplicate ids, unknown components,
 * misplaced blocks, unresolvable references and cycles.
 */
final class GraphBuilder {
    private final LoaderContext ctx;
    private final NodeGlobals globals;
    private final ModuleScope module;
    private final Map<String, LoaderNode> previous;
    private final Graph<LoaderNode> graph = new Graph<>();
    private final List<Diagnostic> diags = new ArrayList<>();
    private final Map<String, String> declareIds = new HashMap<>();
    private final Map<String, String> importIds = new HashMap<>();
    private final Library inherited;
    private final Map<String, SourceBlock> visibleDeclares = new LinkedHashMap<>();
    private final Map<String, Supplier<Library>> visibleNamespaces = new LinkedHashMap<>();
    private Library visible;
    private boolean dry;

    private final Supplier<Library> current;
    private final Map<String, SourceBlock> ownDeclares = new LinkedHashMap<>();
    private final Map<String, Supplier<Library>> ownNamespaces = new LinkedHashMap<>();

    /**
     * @param current what the loader will resolve custom components against once this graph runs
     *     (its library may change later, when an enclosing import is read again)
     */
    GraphBuilder(LoaderContext ctx, NodeGlobals globals, ModuleScope module, Library inherited,
                 Map<String, LoaderNode> previous, Supplier<Library> current) {
        this.ctx = ctx;
        this.globals = globals;
        this.module = module;
        this.inherited = inherited;
        this.previous = previous;
        this.current = current;
        this.visibleDeclares.putAll(inherited.declares());
        this.visibleNamespaces.putAll(inherited.namespaces());
    }

    /** Builds the graph of {@code blocks}; names in {@code scope} are not references. */
    LoadedGraph build(List<SourceBlock> blocks, Scope scope) {
        List<SourceBlock> declares = new ArrayList<>();
        List<SourceBlock> configs = new ArrayList<>();
        List<SourceBlock> components = new ArrayList<>();
        for (SourceBlock b : blocks) {
            String name = b.name();
            if (name.equals("declare")) {
                declares.add(b);
            } else if (ConfigBlocks.NAMES.contains(name) || ctx.services().contains(b.id())) {
                configs.add(b);
            } else {
                components.add(b);
            }
        }
        addConfigNodes(declares);
        addConfigNodes(configs);
        placement(configs);
        visible = new Library(visibleDeclares, visibleNamespaces, inherited.modulePath());
        addComponentNodes(components);
        new ReferenceWiring(graph, scope, globals.minStability(), declareIds, importIds, diags).wire();
        reportCycles();
        return new LoadedGraph(graph, List.copyOf(diags));
    }

    /** Makes new components without building anything (their node has no managed component), for a {@link DryRun}. */
    GraphBuilder dryRun() {
        dry = true;
        return this;
    }

    /** This module's own declares by label. */
    Map<String, SourceBlock> ownDeclares() {
        return Map.copyOf(ownDeclares);
    }

    /** This module's own import namespaces. */
    Map<String, Supplier<Library>> ownNamespaces() {
        return Map.copyOf(ownNamespaces);
    }

    private void addConfigNodes(List<SourceBlock> blocks) {
        Map<String, SourceBlock> seen = new HashMap<>();
        for (SourceBlock b : blocks) {
            if (alreadyDefined(seen, b) || !stableEnough(b)) {
                continue;
            }
            if (b.label() != null && b.name().equals("declare")) {
                declareIds.put(b.label(), b.id());
                visibleDeclares.put(b.label(), b);
                ownDeclares.put(b.label(), b);
            } else if (b.label() != null && b.name().startsWith("import.")) {
                importIds.put(b.label(), b.id());
            }
            LoaderNode node = configNode(b);
            if (node instanceof ImportNode i && b.label() != null) {
                visibleNamespaces.put(b.label(), i::library);
                ownNamespaces.put(b.label(), i::library);
            }
            graph.add(b.id(), node);
        }
    }

    private LoaderNode configNode(SourceBlock b) {
        if (b.name().equals("export") && !module.isRoot()) {
            return new ExportNode(b.id(), b);
        }
        if (b.name().equals("foreach")) {
            return new ForeachNode(b.id(), b, previous.get(b.id()) instanceof ForeachNode f ? f : null);
        }
        if (b.name().startsWith("import.")) {
            return new ImportNode(b.id(), b, previous.get(b.id()) instanceof ImportNode i ? i : null);
        }
        return new ConfigNode(b.id(), b);
    }

    private boolean stableEnough(SourceBlock b) {
        if (!b.name().equals("foreach")) {
            return true;
        }
        try {
            Stability.EXPERIMENTAL.checkAllowed(globals.minStability(), "config block \"foreach\"");
            return true;
        } catch (StabilityException e) {
            diags.add(b.errorOnBlock(e.getMessage()));
            return false;
        }
    }

    /** Argument and export blocks belong in modules; logging, tracing and services at the root. */
    private void placement(List<SourceBlock> configs) {
        for (SourceBlock b : configs) {
            if (!graph.contains(b.id()) || graph.get(b.id()).block() != b) {
                continue;
            }
            String name = b.name();
            if (module.isRoot() && (name.equals("argument") || name.equals("export"))) {
                diags.add(b.errorOnBlock(name + " blocks only allowed inside a module"));
            } else if (!module.isRoot() && (name.equals("logging") || name.equals("tracing"))) {
                diags.add(b.errorOnBlock(name + " block not allowed inside a module"));
            } else if (!module.isRoot() && ctx.services().contains(b.id())) {
                diags.add(b.errorOnBlock("service blocks not allowed inside a module: \"" + b.id() + "\""));
            }
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
            if (visible.knows(name)) {
                ModuleNode old = previous.get(b.id()) instanceof ModuleNode m ? m : null;
                graph.add(b.id(), new ModuleNode(b.id(), b, () -> current.get().resolve(name), old));
                continue;
            }
            ComponentProvider<?, ?> provider;
            try {
                provider = ctx.registry().require(name, globals.minStability(), ctx.communityComponents());
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
        if (dry) {
            return new ComponentNode(b.id(), b, null);
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
