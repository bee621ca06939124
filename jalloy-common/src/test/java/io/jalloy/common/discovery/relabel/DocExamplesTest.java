package io.jalloy.common.discovery.relabel;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.runtime.componenttest.DocExampleBlocks;
import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.parser.Parser;
import io.jalloy.syntax.token.SourceFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code discovery.relabel} block of Alloy's documentation that Alloy parses decodes into
 * {@link Arguments}, with {@link DocExampleBlocks}' default placeholders for references to other
 * components (one target for {@code targets}/{@code output}, a string elsewhere).
 */
class DocExamplesTest {

    @TestFactory
    Stream<DynamicTest> everyDocumentedBlockDecodes() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        DocExampleBlocks.examplesWith("discovery.relabel").forEach((name, text) ->
                tests.add(DynamicTest.dynamicTest(name, () -> decodesEveryBlock(name, text))));
        assertThat(tests).as("documentation examples with discovery.relabel").hasSizeGreaterThanOrEqualTo(10);
        return tests.stream();
    }

    private static void decodesEveryBlock(String name, String text) throws Exception {
        SourceFile src = SourceFile.of(name, text);
        List<BlockStmt> blocks = DocExampleBlocks.blocks(Parser.parseFile(src).body(), "discovery.relabel");
        assertThat(blocks).isNotEmpty();
        for (BlockStmt block : blocks) {
            Arguments args = DocExampleBlocks.decode(src, block, Arguments.class, lastName -> null);
            long ruleBlocks = block.body().stream()
                    .filter(st -> st instanceof BlockStmt b && b.fullName().equals("rule")).count();
            assertThat(args.targets()).isNotEmpty();
            assertThat(args.rules()).hasSize((int) ruleBlocks);
        }
    }
}
