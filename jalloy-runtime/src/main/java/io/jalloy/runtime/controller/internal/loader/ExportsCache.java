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
 * their own path. Used on the controller's evaluation thread only; built scopes are immutable.
 */
final class ExportsCache {
    private Scope globals;
    private final Map<String, Value> exports = new HashMap<>();
    private final Level root = new Level();
    private Scope scope;

    ExportsCache(Scope globals) {
        this.globals = globals;
    }

    /** Replaces the names behind the component tree (a module's arguments changed). */
    void setGlobals(Scope newGlobals) {
        this.globals = newGlobals;
        scope = null;
    }

    /** The names behind the component tree: the standard library and a module's arguments. */
    Scope globals() {
        return globals;
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
            scope = globals.child(root.build().fields());
        }
        return scope;
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
