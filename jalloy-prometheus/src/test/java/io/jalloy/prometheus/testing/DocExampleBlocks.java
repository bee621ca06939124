package io.jalloy.prometheus.testing;

import io.jalloy.common.relabel.RelabelRules;
import io.jalloy.prometheus.api.MetricsReceiver;
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
import io.jalloy.syntax.decode.Decoder;
import io.jalloy.syntax.parser.Parser;
import io.jalloy.syntax.stdlib.Stdlib;
import io.jalloy.syntax.token.SourceFile;
import io.jalloy.syntax.value.ArrayValue;
import io.jalloy.syntax.value.CapsuleValue;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.vm.Evaluator;
import io.jalloy.syntax.vm.Scope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Alloy's documentation examples that Alloy parses ({@code parse_status} ok in INDEX.tsv), and a
 * decoder for one component's blocks in them. References to other components get placeholders
 * chosen by the last name: a dummy receiver for {@code receiver}/{@code receivers}, empty rules
 * for {@code rules}, one target for {@code targets}/{@code output}, a string otherwise.
 */
public final class DocExampleBlocks {
    private static final MetricsReceiver DUMMY = () -> { throw new UnsupportedOperationException(); };

    private DocExampleBlocks() {}

    /** The example files mentioning {@code component}, as name → text. */
    public static Map<String, String> examplesWith(String component) throws IOException {
        Path dir = docExamples();
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve("INDEX.tsv"))) {
            String[] cols = line.split("\t", -1);
            if (cols.length > 5 && cols[5].equals("ok")) {
                String text = Files.readString(dir.resolve(cols[0]));
                if (text.contains(component + " \"")) {
                    out.put(cols[0], text);
                }
            }
        }
        return out;
    }

    /** Decodes every {@code component} block of {@code text} into {@code type}; returns how many. */
    public static <A extends Record> List<A> decodeAll(String name, String text, String component, Class<A> type)
            throws Exception {
        SourceFile src = SourceFile.of(name, text);
        List<BlockStmt> blocks = new ArrayList<>();
        collect(Parser.parseFile(src).body(), component, blocks);
        Map<String, Value> globals = Stdlib.globals();
        List<A> out = new ArrayList<>();
        for (BlockStmt block : blocks) {
            Map<String, Object> tree = new LinkedHashMap<>();
            for (Stmt s : block.body()) {
                references(s, globals, tree);
            }
            Map<String, Value> vars = new HashMap<>(globals);
            tree.forEach((k, v) -> vars.put(k, toValue(k, v)));
            out.add(new Decoder(new Evaluator(src)).decodeBody(block.body(), block, type, Scope.root(vars)));
        }
        return out;
    }

    private static Path docExamples() {
        String configured = System.getProperty("jalloy.shared");
        Path root = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        if (!Files.isDirectory(root)) {
            root = Path.of("..", "shared");
        }
        if (!Files.isDirectory(root)) {
            String message = "../shared (Alloy's conformance data) is not beside this checkout";
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(message);
            }
            Assumptions.abort(message);
        }
        return root.toAbsolutePath().normalize().resolve("conformance/alloy/doc-examples");
    }

    private static void collect(List<Stmt> body, String component, List<BlockStmt> out) {
        for (Stmt s : body) {
            if (s instanceof BlockStmt b) {
                if (b.fullName().equals(component)) {
                    out.add(b);
                } else {
                    collect(b.body(), component, out);
                }
            }
        }
    }

    private static void references(Stmt s, Map<String, Value> globals, Map<String, Object> tree) {
        switch (s) {
            case AttributeStmt a -> references(a.value(), globals, tree);
            case BlockStmt b -> b.body().forEach(inner -> references(inner, globals, tree));
        }
    }

    @SuppressWarnings("unchecked")
    private static void references(Expr e, Map<String, Value> globals, Map<String, Object> tree) {
        switch (e) {
            case AccessExpr a -> {
                Deque<String> path = new ArrayDeque<>();
                Expr cur = a;
                while (cur instanceof AccessExpr acc) {
                    path.addFirst(acc.name().name());
                    cur = acc.value();
                }
                if (cur instanceof IdentifierExpr id && !globals.containsKey(id.ident().name())) {
                    path.addFirst(id.ident().name());
                    Map<String, Object> node = tree;
                    while (path.size() > 1) {
                        node = (Map<String, Object>) node.computeIfAbsent(path.removeFirst(), k -> new LinkedHashMap<>());
                    }
                    node.putIfAbsent(path.removeFirst(), "leaf");
                } else {
                    references(cur, globals, tree);
                }
            }
            case ArrayExpr a -> a.elements().forEach(x -> references(x, globals, tree));
            case BinaryExpr b -> {
                references(b.left(), globals, tree);
                references(b.right(), globals, tree);
            }
            case CallExpr c -> {
                references(c.value(), globals, tree);
                c.args().forEach(x -> references(x, globals, tree));
            }
            case IndexExpr i when i.value() instanceof AccessExpr && i.index() instanceof LiteralExpr lit
                    && lit.value().startsWith("\"") -> {
                // data["url"]: the referenced object gets that key, so the index yields a placeholder.
                String key = lit.value().substring(1, lit.value().length() - 1);
                Deque<String> path = new ArrayDeque<>();
                Expr cur = i.value();
                while (cur instanceof AccessExpr acc) {
                    path.addFirst(acc.name().name());
                    cur = acc.value();
                }
                if (cur instanceof IdentifierExpr id && !globals.containsKey(id.ident().name())) {
                    path.addFirst(id.ident().name());
                    path.addLast(key);
                    Map<String, Object> node = tree;
                    while (path.size() > 1) {
                        Object next = node.get(path.getFirst());
                        if (!(next instanceof Map)) {
                            next = new LinkedHashMap<String, Object>();
                            node.put(path.getFirst(), next);
                        }
                        path.removeFirst();
                        node = (Map<String, Object>) next;
                    }
                    node.putIfAbsent(path.removeFirst(), "leaf");
                } else {
                    references(i.value(), globals, tree);
                }
            }
            case IndexExpr i -> {
                references(i.value(), globals, tree);
                references(i.index(), globals, tree);
            }
            case ObjectExpr o -> {
                for (ObjectField f : o.fields()) {
                    references(f.value(), globals, tree);
                }
            }
            case ParenExpr p -> references(p.inner(), globals, tree);
            case UnaryExpr u -> references(u.value(), globals, tree);
            default -> {}
        }
    }

    @SuppressWarnings("unchecked")
    private static Value toValue(String key, Object node) {
        if (node instanceof Map<?, ?> m) {
            Map<String, Value> fields = new LinkedHashMap<>();
            ((Map<String, Object>) m).forEach((k, v) -> fields.put(k, toValue(k, v)));
            return new ObjectValue(fields);
        }
        return switch (key) {
            case "receiver", "metrics_receiver" -> new CapsuleValue(DUMMY);
            case "rules" -> new CapsuleValue(RelabelRules.EMPTY);
            case "targets", "output" ->
                    ArrayValue.of(new ObjectValue(Map.of("__address__", new StringValue("placeholder:80"))));
            default -> new StringValue("placeholder");
        };
    }
}
