package io.jalloy.runtime.controller.internal.loader;

import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.vm.Scope;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exports of every component by id, and the scope that shows them to expressions as nested
 * objects: {@code prometheus.scrape.x} reads the exports of node {@code prometheus.scrape.x}.
 * Written and read on the controller's evaluation thread; the built scope is immutable.
 */
final class ExportsCache {
    private final Scope globals;
    private final Map<String, Value> exports = new LinkedHashMap<>();
    private Scope scope;

    ExportsCache(Scope globals) {
        this.globals = globals;
    }

    /** Records a node's exports; returns whether they changed. */
    boolean put(String id, Value value) {
        Value old = exports.put(id, value);
        if (value.equals(old)) {
            return false;
        }
        scope = null;
        return true;
    }

    /** Forgets nodes that are no longer in the config. */
    void retain(java.util.Set<String> ids) {
        if (exports.keySet().retainAll(ids)) {
            scope = null;
        }
    }

    /** The scope for evaluating arguments: globals, shadowed by the component tree. */
    Scope scope() {
        if (scope == null) {
            scope = globals.child(tree());
        }
        return scope;
    }

    private Map<String, Value> tree() {
        Map<String, Object> root = new LinkedHashMap<>();
        exports.forEach((id, value) -> {
            String[] parts = id.split("\\.");
            Map<String, Object> level = root;
            for (int i = 0; i < parts.length - 1; i++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> next = (Map<String, Object>) level.computeIfAbsent(parts[i],
                        k -> new LinkedHashMap<String, Object>());
                level = next;
            }
            level.put(parts[parts.length - 1], value);
        });
        return toValues(root);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Value> toValues(Map<String, Object> level) {
        Map<String, Value> out = new LinkedHashMap<>();
        level.forEach((k, v) -> out.put(k, v instanceof Value value ? value
                : new ObjectValue(toValues((Map<String, Object>) v))));
        return out;
    }
}
