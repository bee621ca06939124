package io.jalloy.syntax.stdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.jalloy.syntax.SharedData;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.parser.Parser;
import io.jalloy.syntax.token.SourceFile;
import io.jalloy.syntax.value.ArrayValue;
import io.jalloy.syntax.value.BoolValue;
import io.jalloy.syntax.value.CapsuleValue;
import io.jalloy.syntax.value.NumberValue;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.Secret;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValuePrinter;
import io.jalloy.syntax.vm.Evaluator;
import io.jalloy.syntax.vm.Scope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The stdlib examples of Alloy's reference docs (shared/conformance/alloy/doc-examples/stdlib.*)
 * parsed and evaluated end to end, each result compared with the documented one. Documented
 * results that are not Alloy expressions ({@code tangerine}) compare as plain strings; the
 * references the docs assume ({@code local.file.some_file.content}, a secret, {@code bool}) are
 * supplied in the scope.
 */
class StdlibEndToEndTest {

    private static final Scope SCOPE = scope();

    private static Scope scope() {
        Map<String, Value> vars = new HashMap<>(Stdlib.globals(Map.of("HOME", "/home/alloy", "TEST_VAR", "Hello!")::get));
        vars.put("bool", BoolValue.TRUE);
        vars.put("sensitive_value", new CapsuleValue(new Secret("Hello, world!")));
        vars.put("local", V.obj("file", V.obj("some_file", V.obj("content", V.s("\"Hello, world!\"")))));
        return Scope.root(vars);
    }

    private record Example(String file, String input, String expected) {}

    static Value eval(String text) throws Diagnostics {
        SourceFile file = SourceFile.of("example", text);
        return new Evaluator(file).evaluate(Parser.parseExpression(file), SCOPE);
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedStdlibExampleEvaluatesToItsResult() throws IOException {
        List<Example> examples = examples();
        return examples.stream().map(e -> dynamicTest(e.file() + ": " + e.input(), () -> {
            Value actual = eval(e.input());
            if (e.input().startsWith("constants.")) {
                // The host's own values stand in for the documented "my-hostname", "linux", "amd64".
                assertThat(actual).isInstanceOf(StringValue.class);
                return;
            }
            Value expected;
            try {
                expected = eval(e.expected());
            } catch (Diagnostics notAnExpression) {
                expected = StringValue.of(e.expected());
            }
            assertThat(same(actual, expected))
                    .as("%s gave %s, documented %s", e.input(), ValuePrinter.print(actual), e.expected())
                    .isTrue();
        }));
    }

    @Test
    void theDocumentedExamplesAreAllFound() throws IOException {
        assertThat(examples()).hasSizeGreaterThanOrEqualTo(50);
    }

    /** Documentation equality: numbers by value, objects regardless of key order, capsules by their text. */
    private static boolean same(Value a, Value b) {
        if (a instanceof NumberValue x && b instanceof NumberValue y) {
            return x.asDouble() == y.asDouble();
        }
        if (a instanceof ArrayValue x && b instanceof ArrayValue y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof ObjectValue x && b instanceof ObjectValue y) {
            if (!x.fields().keySet().equals(y.fields().keySet())) {
                return false;
            }
            return x.fields().keySet().stream().allMatch(k -> same(x.get(k), y.get(k)));
        }
        if (a instanceof CapsuleValue c && b instanceof StringValue s) {
            return c.toString().equals(s.value());
        }
        return a.equals(b);
    }

    /** Input/result pairs: "> input" lines with the result lines after them, or blank-separated groups. */
    private static List<Example> examples() throws IOException {
        Path dir = SharedData.alloy("doc-examples");
        List<Example> out = new ArrayList<>();
        List<String> realConfigs = Files.readAllLines(dir.resolve("INDEX.tsv")).stream()
                .filter(l -> l.startsWith("stdlib.") && l.split("\t")[5].equals("ok"))
                .map(l -> l.split("\t")[0]).toList();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith("stdlib.")).sorted().toList()) {
                String name = p.getFileName().toString();
                if (!realConfigs.contains(name)) {
                    collect(name, Files.readAllLines(p), out);
                }
            }
        }
        return out;
    }

    private static void collect(String file, List<String> lines, List<Example> out) {
        boolean prompted = lines.stream().anyMatch(l -> l.startsWith("> "));
        String input = null;
        StringBuilder expected = new StringBuilder();
        for (String line : lines) {
            boolean blank = line.isBlank();
            boolean starts = prompted ? line.startsWith("> ") : (input == null && !blank);
            if (line.startsWith("//")) {
                continue;
            }
            if (starts || (blank && input != null && !expected.isEmpty())) {
                add(file, input, expected, out);
                input = starts ? (prompted ? line.substring(2) : line).strip() : null;
                expected.setLength(0);
            } else if (input != null && !blank) {
                expected.append(expected.isEmpty() ? "" : "\n").append(line);
            }
        }
        add(file, input, expected, out);
    }

    private static void add(String file, String input, StringBuilder expected, List<Example> out) {
        if (input != null && !expected.isEmpty()) {
            out.add(new Example(file, input, expected.toString()));
        }
    }
}
