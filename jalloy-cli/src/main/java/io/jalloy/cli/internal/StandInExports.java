package io.jalloy.cli.internal;

import io.jalloy.runtime.controller.ZeroExports;
import io.jalloy.runtime.registry.ComponentRegistry;
import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.vm.Scope;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code validate --env-file} lets a block read from another component, which it never runs:
 * the component's exports record with zero values, except that interface-typed exports (receivers
 * such as {@code loki.write}'s {@code receiver}) hold a proxy of that interface, so
 * {@code forward_to = [loki.write.default.receiver]} decodes with its real type. Calling the
 * proxy fails; nothing does during validation. Stateless.
 */
final class StandInExports {
    private StandInExports() {}

    /**
     * {@code globals} plus, under {@code name.label}, the stand-in exports of each of
     * {@code blocks} that is a labelled block of a component in {@code registry}.
     */
    static Scope scope(List<BlockStmt> blocks, ComponentRegistry registry, Map<String, Value> globals) {
        Map<String, Object> tree = new LinkedHashMap<>(); // name part -> subtree, or a Value at the label
        for (BlockStmt b : blocks) {
            if (b.label() != null && !globals.containsKey(b.name().getFirst())) {
                registry.get(b.fullName()).ifPresent(p -> put(tree, b, of(p.exportsType())));
            }
        }
        Map<String, Value> vars = new HashMap<>(globals);
        tree.forEach((name, node) -> vars.put(name, value(node)));
        return Scope.root(vars);
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> tree, BlockStmt b, Value exports) {
        Map<String, Object> node = tree;
        for (String part : b.name()) {
            if (!(node.get(part) instanceof Map<?, ?> child)) {
                Map<String, Object> created = new LinkedHashMap<>();
                node.put(part, created);
                node = created;
            } else {
                node = (Map<String, Object>) child;
            }
        }
        node.put(b.label(), exports);
    }

    @SuppressWarnings("unchecked")
    private static Value value(Object node) {
        if (node instanceof Value v) {
            return v;
        }
        Map<String, Value> fields = new LinkedHashMap<>();
        ((Map<String, Object>) node).forEach((k, v) -> fields.put(k, value(v)));
        return new ObjectValue(fields);
    }

    /** The stand-in exports of a component whose exports record is {@code type}. */
    static Value of(Class<?> type) {
        return ZeroExports.of(type, t -> t.isInterface() ? proxy(t) : null);
    }

    private static Object proxy(Class<?> type) {
        InvocationHandler handler = (self, method, args) -> {
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(self, method, args);
            }
            return switch (method.getName()) {
                case "toString" -> "validation stand-in for " + type.getName();
                case "hashCode" -> System.identityHashCode(self);
                case "equals" -> self == args[0];
                default -> throw new UnsupportedOperationException("a validation stand-in is never called");
            };
        };
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
