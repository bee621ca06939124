package io.jalloy.runtime.componenttest;

import io.jalloy.syntax.ast.AccessExpr;
import io.jalloy.syntax.ast.ArrayExpr;
import io.jalloy.syntax.ast.AttributeStmt;
import io.jalloy.syntax.ast.BinaryExpr;
import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.ast.CallExpr;
import io.jalloy.syntax.ast.Expr;
import io.jalloy.syntax.ast.IdentifierExpr;
import io.jalloy.syntax.ast.IndexExpr;
import io.jalloy.syntax.ast.LiteralExpr;
import io.jalloy.syntax.ast.ObjectExpr;
import io.jalloy.syntax.ast.ObjectField;
import io.jalloy.syntax.ast.ParenExpr;
import io.jalloy.syntax.ast.Stmt;
import io.jalloy.syntax.ast.UnaryExpr;
import io.jalloy.syntax.scanner.Literals;
import io.jalloy.syntax.stdlib.Stdlib;
import io.jalloy.syntax.token.Token;
import io.jalloy.syntax.value.ArrayValue;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.vm.Scope;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds the scope a documentation block is evaluated in: the standard library plus, for every
 * name the block uses that the library lacks, a placeholder. A dotted reference such as
 * {@code loki.write.default.receiver} becomes nested objects whose leaves are chosen by their
 * last name, so a block decodes without the components it refers to.
 */
final class PlaceholderScope {
    private static final String LEAF = "leaf";

    private final Map<String, Value> globals = Stdlib.globals();
    // Name -> nested map (an object) or LEAF (a placeholder value), in first-use order.
    private final Map<String, Object> tree = new LinkedHashMap<>();

    private PlaceholderScope() {}

    static Scope of(List<Stmt> body, Function<String, Value> placeholders) {
        PlaceholderScope s = new PlaceholderScope();
        body.forEach(s::references);
        Map<String, Value> vars = new HashMap<>(s.globals);
        s.tree.forEach((name, node) -> vars.put(name, value(name, node, placeholders)));
        return Scope.root(vars);
    }

    /** The placeholder used when a module has no value of its own for {@code lastName}. */
    static Value defaultPlaceholder(String lastName) {
        return switch (lastName) {
            case "targets", "output" ->
                    ArrayValue.of(new ObjectValue(Map.of("__address__", new StringValue("placeholder:80"))));
            default -> new StringValue("placeholder");
        };
    }

    private void references(Stmt s) {
        switch (s) {
            case AttributeStmt a -> references(a.value());
            case BlockStmt b -> b.body().forEach(this::references);
        }
    }

    private void references(Expr e) {
        switch (e) {
            case AccessExpr a -> access(a, null);
            // Only foreach's conventional variable: any other unknown bare name is an error in Alloy too.
            case IdentifierExpr id when id.ident().name().equals("each") -> tree.putIfAbsent("each", LEAF);
            case ArrayExpr a -> a.elements().forEach(this::references);
            case BinaryExpr b -> {
                references(b.left());
                references(b.right());
            }
            case CallExpr c -> {
                references(c.value());
                c.args().forEach(this::references);
            }
            case IndexExpr i when i.value() instanceof AccessExpr a && i.index() instanceof LiteralExpr key
                    && key.kind() == Token.STRING -> access(a, Literals.unquote(key.value())); // data["url"]
            case IndexExpr i -> {
                references(i.value());
                references(i.index());
            }
            case ObjectExpr o -> {
                for (ObjectField f : o.fields()) {
                    references(f.value());
                }
            }
            case ParenExpr p -> references(p.inner());
            case UnaryExpr u -> references(u.value());
            default -> {}
        }
    }

    @SuppressWarnings("unchecked")
    /** Records the chain of {@code a}, plus {@code key} under its last name when it is indexed by a string. */
    private void access(AccessExpr a, String key) {
        Deque<String> path = new ArrayDeque<>();
        Expr cur = a;
        while (cur instanceof AccessExpr acc) {
            path.addFirst(acc.name().name());
            cur = acc.value();
        }
        if (!(cur instanceof IdentifierExpr id) || globals.containsKey(id.ident().name())) {
            references(cur);
            return;
        }
        path.addFirst(id.ident().name());
        if (key != null) {
            path.addLast(key);
        }
        Map<String, Object> node = tree;
        while (path.size() > 1) {
            // A name used both alone and with fields (a, a.b) becomes an object: fields win.
            String name = path.removeFirst();
            if (!(node.get(name) instanceof Map<?, ?> child)) {
                Map<String, Object> created = new LinkedHashMap<>();
                node.put(name, created);
                node = created;
            } else {
                node = (Map<String, Object>) child;
            }
        }
        node.putIfAbsent(path.removeFirst(), LEAF);
    }

    @SuppressWarnings("unchecked")
    private static Value value(String name, Object node, Function<String, Value> placeholders) {
        if (node instanceof Map<?, ?> m) {
            Map<String, Value> fields = new LinkedHashMap<>();
            ((Map<String, Object>) m).forEach((k, v) -> fields.put(k, value(k, v, placeholders)));
            return new ObjectValue(fields);
        }
        Value chosen = placeholders.apply(name);
        return chosen != null ? chosen : defaultPlaceholder(name);
    }
}
