package io.jalloy.runtime.controller.internal.loader;

import io.jalloy.runtime.controller.internal.check.SourceBlock;
import io.jalloy.runtime.controller.internal.dag.Graph;
import io.jalloy.runtime.controller.internal.dag.TopologicalOrder;
import io.jalloy.component.HealthState;
import io.jalloy.runtime.metrics.ComponentMetrics;
import io.jalloy.runtime.metrics.ControllerMetrics;
import io.jalloy.runtime.node.NodeGlobals;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Loads the blocks of one module (the root config or a declare's body) into a running graph
 * (Alloy's {@code Loader}): builds the new graph, evaluates every node in dependency order, stops
 * what left the config and starts what is new; later, re-evaluates only the direct dependants of
 * nodes whose values changed. Not thread-safe: the controller calls it from its evaluation thread
 * or under its lock.
 */
public final class GraphLoader {
    private static final System.Logger LOG = System.getLogger(GraphLoader.class.getName());

    private final LoaderContext ctx;
    private final ModuleScope module;
    private final NodeGlobals globals;
    private final ExportsCache cache;
    private final ControllerMetrics metrics = new ControllerMetrics(this::healthCounts);
    private volatile Graph<LoaderNode> published = new Graph<>();
    private Graph<LoaderNode> graph = new Graph<>();
    private Library library;
    private Map<String, SourceBlock> ownDeclares = Map.of();
    private Map<String, Supplier<Library>> ownNamespaces = Map.of();
    private Map<String, Value> arguments = Map.of();
    private ObjectValue publishedExports = ObjectValue.EMPTY;
    private boolean lastApplyRejected;

    private GraphLoader(LoaderContext ctx, ModuleScope module, Library library, ComponentMetrics sink) {
        this.ctx = ctx;
        this.module = module;
        this.library = library;
        this.globals = ctx.globalsFor(this, module.controllerId(), sink);
        this.cache = new ExportsCache(ctx.stdlib());
        cache.setInherited(baseVariables());
    }

    /** The loader of a root config. */
    public static GraphLoader root(LoaderContext ctx) {
        return new GraphLoader(ctx, ModuleScope.ROOT, Library.EMPTY, ctx.metrics());
    }

    /** The loader of the module run by node {@code ownerId} of this loader, instantiating from {@code lib}. */
    GraphLoader childFor(String ownerId, Library lib) {
        return childFor(ownerId, lib, true);
    }

    /**
     * As {@link #childFor(String, Library)}; when {@code publishMetrics} is false (a foreach without
     * {@code enable_metrics}) neither the module's controller metrics nor its components' are published.
     */
    GraphLoader childFor(String ownerId, Library lib, boolean publishMetrics) {
        ComponentMetrics sink = publishMetrics ? globals.metrics() : new ComponentMetrics();
        return new GraphLoader(ctx, ModuleScope.child(this, module, ownerId), lib, sink);
    }

    /** Records that a change of this module waited {@code nanos} before its dependants were evaluated. */
    public void dependencyWaited(long nanos) {
        metrics.waited(nanos);
    }

    /** The running components (built-in, custom and foreach) by health, read at scrape time from any thread. */
    private Map<HealthState, Integer> healthCounts() {
        Map<HealthState, Integer> counts = new EnumMap<>(HealthState.class);
        Graph<LoaderNode> g = published;
        for (String id : g.ids()) {
            switch (g.get(id)) {
                case ComponentNode c -> counts.merge(c.managed().currentHealth().state(), 1, Integer::sum);
                case ModuleNode m -> counts.merge(HealthState.HEALTHY, 1, Integer::sum);
                case ForeachNode f -> counts.merge(HealthState.HEALTHY, 1, Integer::sum);
                default -> { }
            }
        }
        return counts;
    }

    /** What this module can instantiate now: its library plus its own declares and imports. */
    Library visibleLibrary() {
        if (ownDeclares.isEmpty() && ownNamespaces.isEmpty()) {
            return library;
        }
        Map<String, SourceBlock> declares = new LinkedHashMap<>(library.declares());
        declares.putAll(ownDeclares);
        Map<String, Supplier<Library>> namespaces = new LinkedHashMap<>(library.namespaces());
        namespaces.putAll(ownNamespaces);
        return new Library(declares, namespaces, library.modulePath());
    }

    /** Sets the root config's {@code module_path} (the directory its relative imports are relative to). */
    public void setModulePath(String modulePath) {
        library = new Library(library.declares(), library.namespaces(), modulePath);
        cache.setInherited(withArguments());
    }

    /** Replaces the library a module instantiates from (its import was read again). */
    void setLibrary(Library lib) {
        library = lib;
        cache.setInherited(withArguments());
    }

    /**
     * Replaces the running graph with the one {@code blocks} describe. When building it finds errors
     * they are returned and the running graph is left as it was; evaluation errors are returned too,
     * but the new graph is kept (Alloy keeps running what it could build).
     */
    public List<Diagnostic> apply(List<SourceBlock> blocks) {
        Map<String, LoaderNode> previous = new HashMap<>();
        for (String id : graph.ids()) {
            previous.put(id, graph.get(id));
        }
        GraphBuilder builder = new GraphBuilder(ctx, globals, module, library, previous, this::visibleLibrary);
        LoadedGraph loaded = builder.build(blocks, cache.globals());
        lastApplyRejected = loaded.hasErrors();
        if (lastApplyRejected) {
            return loaded.diagnostics();
        }
        List<Diagnostic> diags = new ArrayList<>(loaded.diagnostics());
        Graph<LoaderNode> next = loaded.graph();
        globals.metrics().addController(module.controllerId(), metrics);
        long start = metrics.evaluating(next.ids().size());
        ownDeclares = builder.ownDeclares();
        ownNamespaces = builder.ownNamespaces();
        cache.retain(Set.copyOf(next.ids()));
        Graph<LoaderNode> old = graph;
        graph = next;
        for (String id : TopologicalOrder.of(next)) {
            diags.addAll(evaluate(next.get(id)));
        }
        Lifecycle.stopRemoved(old, next);
        Lifecycle.start(next);
        published = next;
        metrics.evaluated(start);
        publishedExports = moduleExports();
        return diags;
    }

    /**
     * What loading {@code blocks} (with {@code module_path} {@code modulePath}) would report, found
     * by a {@link DryRun} that changes nothing that runs; errors mean a load would be refused.
     */
    public List<Diagnostic> check(List<SourceBlock> blocks, String modulePath) {
        Library lib = new Library(library.declares(), library.namespaces(), modulePath);
        return DryRun.check(ctx, this, module, lib, nodes(), blocks, Map.of("module_path", new StringValue(modulePath)));
    }

    /** Whether nothing runs (no config loaded yet, or only refused ones). */
    public boolean isEmpty() {
        return graph.ids().isEmpty();
    }

    /** The running graph's nodes by id. */
    Map<String, LoaderNode> nodes() {
        Map<String, LoaderNode> nodes = new HashMap<>();
        for (String id : graph.ids()) {
            nodes.put(id, graph.get(id));
        }
        return nodes;
    }

    /**
     * Takes in the current values of {@code changed} nodes and re-evaluates the nodes that reference
     * them (the cache may already hold a value that an evaluation pass stored, so every reported
     * change is followed, as in Alloy; nodes whose arguments come out equal are not updated).
     * Errors are logged and kept in the nodes' health, as in Alloy.
     */
    public void evaluateDependants(Collection<String> changed) {
        Set<String> dependants = new LinkedHashSet<>();
        for (String id : changed) {
            LoaderNode node = graph.get(id);
            Value value = node == null ? null : currentValue(node);
            if (value != null) {
                cache.put(id, value);
            }
            if (node instanceof ImportNode i) {
                evaluate(i).forEach(d -> LOG.log(System.Logger.Level.ERROR, "failed to read " + id + ": " + d));
            }
            if (value != null || node instanceof ImportNode) {
                dependants.addAll(graph.dependants(id));
            }
        }
        evaluateAll(dependants);
    }

    /** Whether the last {@link #apply} was refused (building the graph failed). */
    boolean lastApplyRejected() {
        return lastApplyRejected;
    }

    /** Sets a module's argument values; returns the labels whose values changed. */
    Set<String> setArguments(Map<String, Value> values) {
        Set<String> changedLabels = new LinkedHashSet<>();
        values.forEach((k, v) -> {
            if (!v.equals(arguments.get(k))) {
                changedLabels.add(k);
            }
        });
        arguments.keySet().stream().filter(k -> !values.containsKey(k)).forEach(changedLabels::add);
        arguments = Map.copyOf(values);
        cache.setInherited(withArguments());
        return changedLabels;
    }

    private Map<String, Value> baseVariables() {
        return Map.of("module_path", new StringValue(library.modulePath()));
    }

    private Map<String, Value> withArguments() {
        Map<String, Value> vars = new LinkedHashMap<>(baseVariables());
        if (!module.isRoot()) {
            Map<String, Value> argumentObject = new LinkedHashMap<>();
            arguments.forEach((k, v) -> argumentObject.put(k, new ObjectValue(Map.of("value", v))));
            vars.put("argument", new ObjectValue(argumentObject));
        }
        return vars;
    }

    /** Evaluates the custom components (and foreach children) again, so they pick up changed imports. */
    void refreshModules() {
        Set<String> modules = new LinkedHashSet<>();
        for (String id : TopologicalOrder.of(graph)) {
            switch (graph.get(id)) {
                case ModuleNode m -> modules.add(id);
                case ForeachNode f -> f.children().values().forEach(GraphLoader::refreshModules);
                default -> { }
            }
        }
        evaluateAll(modules);
    }

    /** Replaces what a foreach child sees besides its own components: the enclosing module's names and its item. */
    void setInherited(Map<String, Value> variables) {
        cache.setInherited(variables);
    }

    /** This module's variables (inherited ones and its components' exports), without the standard library. */
    Map<String, Value> variables() {
        return cache.variables();
    }

    /** Evaluates every node again in dependency order (nodes whose arguments are unchanged do not update). */
    void reevaluate() {
        evaluateAll(new LinkedHashSet<>(TopologicalOrder.of(graph)));
    }

    /** Re-evaluates the nodes that read the arguments {@code labels} after {@link #setArguments}. */
    void argumentsChanged(Set<String> labels) {
        Set<String> dependants = new LinkedHashSet<>();
        for (String label : labels) {
            dependants.addAll(graph.contains("argument." + label) ? graph.dependants("argument." + label) : Set.of());
        }
        evaluateAll(dependants);
    }

    /** A module's exports: each export block's value by label. */
    ObjectValue moduleExports() {
        Map<String, Value> fields = new LinkedHashMap<>();
        for (String id : graph.ids()) {
            if (graph.get(id) instanceof ExportNode e) {
                fields.put(e.block().label(), e.value());
            }
        }
        return new ObjectValue(fields);
    }

    /** The component nodes of the running graph, in load order. */
    public List<ComponentNode> components() {
        List<ComponentNode> out = new ArrayList<>();
        for (String id : graph.ids()) {
            if (graph.get(id) instanceof ComponentNode c) {
                out.add(c);
            }
        }
        return out;
    }

    /** Receives a component with the component ids it references and that reference it. */
    @FunctionalInterface
    public interface ComponentVisitor {
        void visit(ComponentNode node, List<String> referencesTo, List<String> referencedBy);
    }

    /** Visits the components of this module and, depth first, of the modules it runs. */
    public void visitComponents(ComponentVisitor visitor) {
        for (String id : graph.ids()) {
            switch (graph.get(id)) {
                case ComponentNode c -> visitor.visit(c, componentIds(graph.dependencies(id)),
                        componentIds(graph.dependants(id)));
                case ModuleNode m when m.module() != null -> m.module().visitComponents(visitor);
                case ForeachNode f -> f.children().values().forEach(c -> c.visitComponents(visitor));
                default -> { }
            }
        }
    }

    /** Ids of the component nodes {@code id} references and that reference it. */
    public List<List<String>> references(String id) {
        return List.of(componentIds(graph.dependencies(id)), componentIds(graph.dependants(id)));
    }

    /** Stops every component, including those of modules; the loader is empty afterwards. */
    public void close() {
        Lifecycle.stopRemoved(graph, new Graph<>());
        graph = new Graph<>();
        published = graph;
        globals.metrics().removeController(module.controllerId(), metrics);
    }

    private void evaluateAll(Set<String> ids) {
        long start = metrics.evaluating(ids.size());
        for (String id : ids) {
            LoaderNode node = graph.get(id);
            for (Diagnostic d : evaluate(node)) {
                LOG.log(System.Logger.Level.ERROR, "failed to evaluate " + module.controllerId() + "/" + id + ": " + d);
            }
            if (node instanceof ComponentNode c) {
                c.startIfBuilt();
            }
        }
        metrics.evaluated(start);
        if (!module.isRoot()) {
            ObjectValue exports = moduleExports();
            if (!exports.equals(publishedExports)) {
                publishedExports = exports;
                ctx.sink().changed(module.parent(), module.ownerId());
            }
        }
    }

    private List<Diagnostic> evaluate(LoaderNode node) {
        return switch (node) {
            case ComponentNode c -> {
                List<Diagnostic> d = NodeEvaluation.evaluate(c, cache.scope());
                cache.put(c.id(), NodeEvaluation.exportsOf(c.managed()));
                yield d;
            }
            case ModuleNode m -> {
                List<Diagnostic> d = ModuleEvaluation.evaluate(m, this, cache.scope(), ctx.stdlib());
                if (cache.put(m.id(), m.exports())) {
                    ctx.sink().changed(this, m.id()); // readers of the instance follow, as for a component's exports
                }
                yield d;
            }
            case ExportNode e -> e.evaluate(cache.scope());
            case ForeachNode f -> ForeachEvaluation.evaluate(f, this, cache.scope(), cache.variables());
            case ImportNode i -> {
                String before = i.fingerprint();
                List<Diagnostic> d = ImportEvaluation.evaluate(i, cache.scope(), ctx,
                        () -> ctx.sink().changed(this, i.id()));
                if (before != null && !before.equals(i.fingerprint())) {
                    // A library changed by the import's arguments (remote.s3 content, say) must reach the
                    // custom components using it outside a full pass too: queue it like a watched file change.
                    ctx.sink().changed(this, i.id());
                }
                yield d;
            }
            case ConfigNode c -> List.of();
        };
    }

    private static Value currentValue(LoaderNode node) {
        return switch (node) {
            case ComponentNode c -> NodeEvaluation.exportsOf(c.managed());
            case ModuleNode m -> m.exports();
            default -> null;
        };
    }

    private List<String> componentIds(Set<String> ids) {
        return ids.stream().filter(i -> graph.get(i) instanceof ComponentNode).toList();
    }
}
