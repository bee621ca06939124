package io.jalloy.loki.source.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jalloy.loki.testing.LokiPlaceholders;
import io.jalloy.runtime.componenttest.DocExampleBlocks;
import io.jalloy.syntax.ast.AttributeStmt;
import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.ast.LiteralExpr;
import io.jalloy.syntax.ast.Stmt;
import io.jalloy.syntax.parser.Parser;
import io.jalloy.syntax.token.SourceFile;
import io.jalloy.syntax.value.ArrayValue;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code local.file_match} and {@code loki.source.file} block in Alloy's documentation
 * that Alloy parses decodes into its Arguments. References to other components resolve to
 * {@link LokiPlaceholders}, except that {@code targets} and {@code output} are one file target.
 */
class DocExamplesTest {
    private static final Map<String, Class<? extends Record>> COMPONENTS = Map.of(
            "local.file_match", io.jalloy.loki.filematch.Arguments.class,
            "loki.source.file", Arguments.class);

    /**
     * Usage templates naming a bare placeholder identifier: Alloy parses them but rejects them when
     * evaluating, with this message, and so must Jalloy.
     */
    private static final Map<String, String> REJECTED_BY_ALLOY = Map.of(
            "local.file_match__1.alloy", "identifier \"DOUBLESTAR_PATH\" does not exist");

    @TestFactory
    Stream<DynamicTest> everyDocumentedBlockDecodes() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, String> example : DocExampleBlocks.parsableExamples().entrySet()) {
            String name = example.getKey();
            SourceFile src = SourceFile.of(name, example.getValue());
            for (BlockStmt b : DocExampleBlocks.blocks(Parser.parseFile(src).body(),
                    b -> COMPONENTS.containsKey(b.fullName()) && !templated(b))) {
                String rejected = REJECTED_BY_ALLOY.get(name);
                tests.add(DynamicTest.dynamicTest(name + ":" + b.fullName() + "." + b.label(), rejected == null
                        ? () -> decodes(src, b)
                        : () -> assertThatThrownBy(() -> decodes(src, b)).hasMessageContaining(rejected)));
            }
        }
        assertThat(tests).as("documented blocks").hasSizeGreaterThanOrEqualTo(10);
        return tests.stream();
    }

    private static void decodes(SourceFile src, BlockStmt block) throws Exception {
        Record args = DocExampleBlocks.decode(src, block, COMPONENTS.get(block.fullName()), DocExamplesTest::placeholder);
        if (args instanceof Arguments a) {
            assertThat(a.targets()).isNotEmpty();
            assertThat(a.forwardTo()).isNotEmpty();
            a.validate();
        } else if (args instanceof io.jalloy.loki.filematch.Arguments a) {
            assertThat(a.pathTargets()).isNotEmpty();
        }
    }

    private static Value placeholder(String lastName) {
        return switch (lastName) {
            case "targets", "output" -> ArrayValue.of(new ObjectValue(Map.of("__path__", new StringValue("/tmp/x.log"))));
            default -> LokiPlaceholders.of(lastName);
        };
    }

    /**
     * Whether a list attribute is a {@code "<PLACEHOLDER>"} string: a usage template that Alloy
     * parses but could not decode either (loki.secretfilter__3 gives path_targets that way).
     */
    private static boolean templated(BlockStmt b) {
        for (Stmt s : b.body()) {
            if (s instanceof AttributeStmt a && a.value() instanceof LiteralExpr lit && lit.value().startsWith("\"<")) {
                return true;
            }
        }
        return false;
    }
}
