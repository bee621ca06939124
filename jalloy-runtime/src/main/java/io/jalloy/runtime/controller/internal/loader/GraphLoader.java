package io.jalloy.runtime.controller.internal.loader;

import io.jalloy.runtime.controller.internal.dag.Graph;
import io.jalloy.runtime.controller.internal.dag.TopologicalOrder;
import io.jalloy.runtime.node.BuiltinNode;
import io.jalloy.runtime.node.NodeGlobals;
import io.jalloy.runtime.registry.ComponentRegistry;
import io.jalloy.syntax.ast.File;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.vm.Scope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads configs into a running graph (Alloy's {@code Loader}): builds the new graph, evaluates
 * every node in dependency order, stops components that left the config and starts new ones;
 * later, re-evaluates only the direct dependants of components whose exports changed. Not
 * thread-safe: the controller calls it from one thread at a time.
 */
public final class GraphLoader {
    private static final System.Logger LOG = System.getLogger(GraphLoader.class.getName());
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final ComponentRegistry registry;
    private final NodeGlobals globals;
    private final Set<String> services;
    private final Scope globalScope;
    private final ExportsCache cache;
    private Graph<LoaderNode> graph = new Graph<>();

    public GraphLoader(ComponentRegistry registry, NodeGlobals globals, Set<String> services, Scope globalScope) {
        this.registry = registry;
        this.globals = globals;
        this.services = Set.copyOf(services);
        this.globalScope = globalScope;
        this.cache = new ExportsCache(globalScope);
    }

    /**
     * Replaces the running graph with the one {@code files} describe. When building it finds errors
     * they are returned and the running graph is left as it was; evaluation errors are returned too,
     * but the new graph is kept (Alloy keeps running what it could build).
     */
    public List<Diagnostic> apply(List<File> files) {
        Map<String, LoaderNode> previous = new HashMap<>();
        for (String id : graph.ids()) {
            previous.put(id, graph.get(id));
        }
        LoadedGraph loaded = new GraphBuilder(registry, globals, services, previous).build(files, globalScope);
        if (loaded.hasErrors()) {
            return loaded.diagnostics();
        }
        List<Diagnostic> diags = new ArrayList<>(loaded.diagnostics());
        Graph<LoaderNode> next = loaded.graph();
        cache.retain(Set.copyOf(next.ids()));
        for (String id : TopologicalOrder.of(next)) {
            if (next.get(id) instanceof ComponentNode c) {
                diags.addAll(NodeEvaluation.evaluate(c, cache.scope()));
                cache.put(id, NodeEvaluation.exportsOf(c.managed()));
            }
        }
        stopRemoved(next);
        graph = next;
        for (ComponentNode c : components()) {
            c.startIfBuilt();
        }
        return diags;
    }

    /**
     * Takes in the current exports of {@code changed} nodes and re-evaluates the nodes that
     * reference those whose exports really changed. Evaluation errors are logged and kept in the
     * nodes' health, as in Alloy.
     */
    public void evaluateDependants(Collection<String> changed) {
        Set<String> dependants = new LinkedHashSet<>();
        for (String id : changed) {
            if (graph.get(id) instanceof ComponentNode c && cache.put(id, NodeEvaluation.exportsOf(c.managed()))) {
                dependants.addAll(graph.dependants(id));
            }
        }
        for (String id : dependants) {
            if (graph.get(id) instanceof ComponentNode c) {
                for (Diagnostic d : NodeEvaluation.evaluate(c, cache.scope())) {
                    LOG.log(System.Logger.Level.ERROR, "failed to evaluate " + id + ": " + d);
                }
                c.startIfBuilt();
            }
        }
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

    /** Ids of the component nodes {@code id} references and that reference it. */
    public List<List<String>> references(String id) {
        return List.of(componentIds(graph.dependencies(id)), componentIds(graph.dependants(id)));
    }

    /** Stops every component; the loader is empty afterwards. */
    public void close() {
        stopRemoved(new Graph<>());
        graph = new Graph<>();
    }

    private List<String> componentIds(Set<String> ids) {
        return ids.stream().filter(i -> graph.get(i) instanceof ComponentNode).toList();
    }

    private void stopRemoved(Graph<LoaderNode> next) {
        Set<BuiltinNode<?, ?>> kept = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (String id : next.ids()) {
            if (next.get(id) instanceof ComponentNode c) {
                kept.add(c.managed());
            }
        }
        for (ComponentNode old : components()) {
            if (!kept.contains(old.managed())) {
                stop(old.managed());
            }
        }
    }

    private static void stop(BuiltinNode<?, ?> node) {
        try {
            if (!node.stop(STOP_TIMEOUT)) {
                LOG.log(System.Logger.Level.WARNING, "component " + node.globalId() + " did not stop in " + STOP_TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            node.close();
        }
    }
}
