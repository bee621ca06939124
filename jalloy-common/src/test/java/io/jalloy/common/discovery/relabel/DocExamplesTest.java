package io.jalloy.common.discovery.relabel;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.SharedData;
import io.jalloy.syntax.ast.AccessExpr;
import io.jalloy.syntax.ast.ArrayExpr;
import io.jalloy.syntax.ast.AttributeStmt;
import io.jalloy.syntax.ast.BinaryExpr;
import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.ast.CallExpr;
import io.jalloy.syntax.ast.Expr;
import io.jalloy.syntax.ast.IdentifierExpr;
import io.jalloy.syntax.ast.IndexExpr;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code discovery.relabel} block of Alloy's documentation that Alloy parses decodes into
 * {@link Arguments}. References to other components are given placeholder values: a list with one
 * target where the reference ends in {@code targets} or {@code output}, a string elsewhere.
 */
class DocExamplesTest {

    @TestFactory
    Stream<DynamicTest> everyDocumentedBlockDecodes() throws IOException {
        Path dir = SharedData.alloy("doc-examples");
        List<String> parsable = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("INDEX.tsv"))) {
            String[] cols = line.split("\t", -1);
            if (cols.length > 5 && cols[5].equals("ok")) {
                parsable.add(cols[0]);
            }
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : parsable) {
            String text = Files.readString(dir.resolve(name));
            if (text.contains("discovery.relabel \"")) {
                tests.add(DynamicTest.dynamicTest(name, () -> decodesEveryBlock(name, text)));
            }
        }
        assertThat(tests).as("documentation examples with discovery.relabel").hasSizeGreaterThanOrEqualTo(10);
        return tests.stream();
    }

    private static void decodesEveryBlock(String name, String text) throws Exception {
        SourceFile src = SourceFile.of(name, text);
        List<BlockStmt> blocks = new ArrayList<>();
        collect(Parser.parseFile(src).body(), blocks);
        assertThat(blocks).isNotEmpty();
        Map<String, Value> globals = Stdlib.globals();
        for (BlockStmt block : blocks) {
            Map<String, Object> tree = new LinkedHashMap<>();
            for (Stmt s : block.body()) {
                references(s, globals, tree);
            }
            Map<String, Value> vars = new HashMap<>(globals);
            tree.forEach((k, v) -> vars.put(k, toValue(k, v)));
            Arguments args = new Decoder(new Evaluator(src)).decodeBody(block.body(), block, Arguments.class, Scope.root(vars));
            long ruleBlocks = block.body().stream()
                    .filter(st -> st instanceof BlockStmt b && b.fullName().equals("rule")).count();
            assertThat(args.targets()).isNotEmpty();
            assertThat(args.rules()).hasSize((int) ruleBlocks);
        }
    }

    private static void collect(List<Stmt> body, List<BlockStmt> out) {
        for (Stmt s : body) {
            if (s instanceof BlockStmt b) {
                if (b.fullName().equals("discovery.relabel")) {
                    out.add(b);
                } else {
                    collect(b.body(), out);
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
        if (key.equals("targets") || key.equals("output")) {
            return ArrayValue.of(new ObjectValue(Map.of("__address__", new StringValue("placeholder:80"))));
        }
        return new StringValue("placeholder");
    }
}
