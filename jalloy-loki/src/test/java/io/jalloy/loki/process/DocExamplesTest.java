package io.jalloy.loki.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jalloy.loki.process.stages.StageConfig;
import io.jalloy.loki.testing.LokiPlaceholders;
import io.jalloy.runtime.componenttest.DocExampleBlocks;
import io.jalloy.syntax.ast.AttributeStmt;
import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.ast.Stmt;
import io.jalloy.syntax.decode.Decoder;
import io.jalloy.syntax.decode.Enum;
import io.jalloy.syntax.parser.Parser;
import io.jalloy.syntax.token.SourceFile;
import io.jalloy.syntax.vm.Evaluator;
import io.jalloy.syntax.vm.Scope;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code loki.process} block of Alloy's documentation that Alloy parses decodes into
 * {@link Arguments}, and every bare {@code stage.*} snippet decodes as a stage list. References
 * to other components resolve to {@link LokiPlaceholders} (a receiver capsule for
 * {@code receiver}).
 */
class DocExamplesTest {

    /** A body made only of {@code stage.*} blocks, as the stage snippets are. */
    record StageSnippet(@Enum(value = "stage", optional = true) List<StageConfig> stages) {}

    @TestFactory
    Stream<DynamicTest> everyDocumentedLokiProcessExampleDecodes() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        DocExampleBlocks.parsableExamples().forEach((name, text) -> {
            boolean ownPage = name.startsWith("loki.process__");
            if (ownPage || text.contains("loki.process \"")) {
                tests.add(DynamicTest.dynamicTest(name, () -> decodes(name, text, ownPage)));
            }
        });
        assertThat(tests).as("documentation examples with loki.process").hasSizeGreaterThanOrEqualTo(40);
        return tests.stream();
    }

    private static void decodes(String name, String text, boolean ownPage) throws Exception {
        SourceFile src = SourceFile.of(name, text);
        List<Stmt> body = Parser.parseFile(src).body();
        Decoder decoder = new Decoder(new Evaluator(src));
        int decoded = 0;
        for (BlockStmt block : DocExampleBlocks.blocks(body, "loki.process")) {
            List<Stmt> blockStages = block.body().stream()
                    .filter(s -> s instanceof BlockStmt b && b.fullName().startsWith("stage.")).toList();
            boolean hasForwardTo = block.body().stream()
                    .anyMatch(s -> s instanceof AttributeStmt a && a.name().name().equals("forward_to"));
            if (hasForwardTo) {
                Arguments args = decoder.decodeBody(block.body(), block, Arguments.class, scope(block.body()));
                assertThat(args.stages()).hasSize(blockStages.size());
            } else {
                // A few examples leave forward_to out; Alloy rejects them with this one message.
                assertThatThrownBy(() -> decoder.decodeBody(block.body(), block, Arguments.class, scope(block.body())))
                        .hasMessageEndingWith("missing required attribute \"forward_to\"");
                StageSnippet snippet = decoder.decodeBody(blockStages, block, StageSnippet.class, scope(blockStages));
                assertThat(snippet.stages()).hasSize(blockStages.size());
            }
            decoded++;
        }
        List<Stmt> stages = body.stream()
                .filter(s -> s instanceof BlockStmt b && b.fullName().startsWith("stage.")).toList();
        if (!stages.isEmpty()) {
            StageSnippet snippet = decoder.decodeBody(stages, null, StageSnippet.class, scope(stages));
            assertThat(snippet.stages()).hasSize(stages.size());
            decoded++;
        }
        if (ownPage) {
            assertThat(decoded).as("blocks decoded").isPositive();
        }
    }

    private static Scope scope(List<Stmt> body) {
        return DocExampleBlocks.placeholderScope(body, LokiPlaceholders::of);
    }
}
