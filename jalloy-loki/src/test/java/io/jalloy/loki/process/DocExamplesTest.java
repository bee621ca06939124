package io.jalloy.loki.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jalloy.loki.api.LogsReceiver;
import io.jalloy.loki.process.stages.StageConfig;
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
import io.jalloy.syntax.decode.Enum;
import io.jalloy.syntax.parser.Parser;
import io.jalloy.syntax.stdlib.Stdlib;
import io.jalloy.syntax.token.SourceFile;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code loki.process} block of Alloy's documentation that Alloy parses decodes into
 * {@link Arguments}, and every bare {@code stage.*} snippet decodes as a stage list. References
 * to other components resolve to placeholders: a {@link LogsReceiver} capsule where the reference
 * ends in {@code receiver}, a string elsewhere.
 */
class DocExamplesTest {
    private static final LogsReceiver DUMMY = batch -> {};

    /** A body made only of {@code stage.*} blocks, as the stage snippets are. */
    record StageSnippet(@Enum(value = "stage", optional = true) List<StageConfig> stages) {}

    @TestFactory
    Stream<DynamicTest> everyDocumentedLokiProcessExampleDecodes() throws IOException {
        Path dir = SharedData.alloy("doc-examples");
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("INDEX.tsv"))) {
            String[] cols = line.split("\t", -1);
            if (cols.length <= 5 || !cols[5].equals("ok")) {
                continue;
            }
            String name = cols[0];
            String text = Files.readString(dir.resolve(name));
            boolean ownPage = name.startsWith("loki.process__");
            if (ownPage || text.contains("loki.process \"")) {
                tests.add(DynamicTest.dynamicTest(name, () -> decodes(name, text, ownPage)));
            }
        }
        assertThat(tests).as("documentation examples with loki.process").hasSizeGreaterThanOrEqualTo(40);
        return tests.stream();
    }

    private static void decodes(String name, String text, boolean ownPage) throws Exception {
        SourceFile src = SourceFile.of(name, text);
        List<Stmt> body = Parser.parseFile(src).body();
        List<BlockStmt> blocks = new ArrayList<>();
        collect(body, blocks);
        Map<String, Value> globals = Stdlib.globals();
        Decoder decoder = new Decoder(new Evaluator(src));
        int decoded = 0;
        for (BlockStmt block : blocks) {
            List<Stmt> blockStages = block.body().stream()
                    .filter(s -> s instanceof BlockStmt b && b.fullName().startsWith("stage.")).toList();
            boolean hasForwardTo = block.body().stream()
                    .anyMatch(s -> s instanceof AttributeStmt a && a.name().name().equals("forward_to"));
            if (hasForwardTo) {
                Arguments args = decoder.decodeBody(block.body(), block, Arguments.class, scope(block.body(), globals));
                assertThat(args.stages()).hasSize(blockStages.size());
            } else {
                // A few examples leave forward_to out; Alloy rejects them with this one message.
                assertThatThrownBy(() -> decoder.decodeBody(block.body(), block, Arguments.class,
                                scope(block.body(), globals)))
                        .hasMessageEndingWith("missing required attribute \"forward_to\"");
                StageSnippet snippet = decoder.decodeBody(blockStages, block, StageSnippet.class,
                        scope(blockStages, globals));
                assertThat(snippet.stages()).hasSize(blockStages.size());
            }
            decoded++;
        }
        List<Stmt> stages = body.stream()
                .filter(s -> s instanceof BlockStmt b && b.fullName().startsWith("stage.")).toList();
        if (!stages.isEmpty()) {
            StageSnippet snippet = decoder.decodeBody(stages, null, StageSnippet.class, scope(stages, globals));
            assertThat(snippet.stages()).hasSize(stages.size());
            decoded++;
        }
        if (ownPage) {
            assertThat(decoded).as("blocks decoded").isPositive();
        }
    }

    private static Scope scope(List<Stmt> body, Map<String, Value> globals) {
        Map<String, Object> tree = new LinkedHashMap<>();
        for (Stmt s : body) {
            references(s, globals, tree);
        }
        Map<String, Value> vars = new HashMap<>(globals);
        tree.forEach((k, v) -> vars.put(k, toValue(k, v)));
        return Scope.root(vars);
    }

    private static void collect(List<Stmt> body, List<BlockStmt> out) {
        for (Stmt s : body) {
            if (s instanceof BlockStmt b) {
                if (b.fullName().equals("loki.process")) {
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
        if (key.equals("receiver")) {
            return new CapsuleValue(DUMMY);
        }
        return new StringValue("placeholder");
    }
}
