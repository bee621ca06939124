package io.jalloy.runtime.controller.internal.loader;

import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.vm.Scope;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The exports of every component by id, and the scope that shows them to expressions as nested
 * objects: {@code prometheus.scrape.x} reads the exports of node {@code prometheus.scrape.x}.
 * The nested objects are cached per name prefix, so new exports rebuild only the objects on
 * their own path. Inherited variables (a module's {@code argument}, what a foreach child sees
 * of its enclosing module) are merged with the tree, the tree winning, so {@code test.a} outside
 * and {@code test.b} inside both resolve; the standard library is only shadowed, as in Alloy.
 * Used on the controller's evaluation thread only; built scopes are immutable.
 */
final class ExportsCache {
    private final Scope stdlib;
    private Map<String, Value> inherited = Map.of();
    private final Map<String, Value> exports = new HashMap<>();
    private final Level root = new Level();
    private Scope scope;

    ExportsCache(Scope stdlib) {
        this.stdlib = stdlib;
    }

    /** Replaces the inherited variables (a module's arguments or a foreach child's item changed). */
    void setInherited(Map<String, Value> variables) {
        this.inherited = Map.copyOf(variables);
        scope = null;
    }

    /** The names that are not this module's components: the standard library and inherited variables. */
    Scope globals() {
        return stdlib.child(inherited);
    }

    /** Every variable of {@link #scope()} except the standard library's, for a foreach child to inherit. */
    Map<String, Value> variables() {
        return merge(inherited, root.build().fields());
    }

    /** Records a node's exports; returns whether they changed. */
    boolean put(String id, Value value) {
        Value old = exports.put(id, value);
        if (value.equals(old)) {
            return false;
        }
        String[] path = split(id);
        Level level = root;
        for (int i = 0; i < path.length - 1; i++) {
            level.built = null;
            level = level.children.computeIfAbsent(path[i], k -> new Level());
        }
        level.built = null;
        level.leaves.put(path[path.length - 1], value);
        scope = null;
        return true;
    }

    /** Forgets nodes that are no longer in the config. */
    void retain(Set<String> ids) {
        if (!exports.keySet().retainAll(ids)) {
            return;
        }
        root.children.clear();
        root.leaves.clear();
        root.built = null;
        Map<String, Value> kept = new HashMap<>(exports);
        exports.clear();
        kept.forEach(this::put);
        scope = null;
    }

    /** The scope for evaluating arguments: globals, shadowed by the component tree. */
    Scope scope() {
        if (scope == null) {
            scope = stdlib.child(variables());
        }
        return scope;
    }

    /** {@code base} overlaid with {@code top}; objects present in both are merged the same way. */
    private static Map<String, Value> merge(Map<String, Value> base, Map<String, Value> top) {
        if (base.isEmpty()) {
            return top;
        }
        Map<String, Value> out = new LinkedHashMap<>(base);
        top.forEach((k, v) -> out.merge(k, v, (under, over) ->
                under instanceof ObjectValue u && over instanceof ObjectValue o
                        ? new ObjectValue(merge(u.fields(), o.fields())) : over));
        return out;
    }

    private static String[] split(String id) {
        return id.split("\\.", -1);
    }

    /** One name prefix: nested prefixes, the components named directly under it, and its object. */
    private static final class Level {
        final Map<String, Level> children = new LinkedHashMap<>();
        final Map<String, Value> leaves = new LinkedHashMap<>();
        ObjectValue built;

        ObjectValue build() {
            if (built == null) {
                Map<String, Value> fields = new LinkedHashMap<>(leaves);
                children.forEach((name, child) -> fields.put(name, child.build()));
                built = new ObjectValue(fields);
            }
            return built;
        }
    }
}
