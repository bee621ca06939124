package io.jalloy.runtime.controller.internal.dag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A directed graph of nodes keyed by id, remembering insertion order so that every walk (cycle
 * reports, topological order) is deterministic. An edge {@code from -> to} means "from depends on
 * to". Not thread-safe: built and read by the thread loading a config.
 *
 * @param <N> the node type
 */
public final class Graph<N> {
    private final Map<String, N> nodes = new LinkedHashMap<>();
    private final Map<String, Set<String>> out = new LinkedHashMap<>();
    private final Map<String, Set<String>> in = new LinkedHashMap<>();

    /** Adds a node, replacing any node with the same id (its edges are kept). */
    public void add(String id, N node) {
        nodes.put(id, node);
        out.computeIfAbsent(id, k -> new LinkedHashSet<>());
        in.computeIfAbsent(id, k -> new LinkedHashSet<>());
    }

    /** The node with this id, or null. */
    public N get(String id) {
        return nodes.get(id);
    }

    public boolean contains(String id) {
        return nodes.containsKey(id);
    }

    /** Node ids in insertion order. */
    public List<String> ids() {
        return List.copyOf(nodes.keySet());
    }

    public int size() {
        return nodes.size();
    }

    /** Adds {@code from -> to}; both must already be nodes. Duplicate edges are ignored. */
    public void addEdge(String from, String to) {
        if (!nodes.containsKey(from) || !nodes.containsKey(to)) {
            throw new IllegalArgumentException("edge between unknown nodes " + from + " -> " + to);
        }
        out.get(from).add(to);
        in.get(to).add(from);
    }

    /** Ids this node depends on, in the order the edges were added. */
    public Set<String> dependencies(String id) {
        return Collections.unmodifiableSet(out.getOrDefault(id, Set.of()));
    }

    /** Ids that depend on this node, in the order the edges were added. */
    public Set<String> dependants(String id) {
        return Collections.unmodifiableSet(in.getOrDefault(id, Set.of()));
    }

    /** Every edge as a two-element list {@code [from, to]}, grouped by source in insertion order. */
    public List<List<String>> edges() {
        List<List<String>> all = new ArrayList<>();
        out.forEach((from, tos) -> tos.forEach(to -> all.add(List.of(from, to))));
        return all;
    }
}
