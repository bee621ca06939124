package io.jalloy.loki.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.loki.process.stages.StageConfig;
import io.jalloy.loki.process.stages.StageContext;
import io.jalloy.loki.process.stages.Stages;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Clock;
import io.jalloy.syntax.decode.Decoder;
import io.jalloy.syntax.decode.Enum;
import io.jalloy.syntax.parser.Parser;
import io.jalloy.syntax.stdlib.Stdlib;
import io.jalloy.syntax.token.SourceFile;
import io.jalloy.syntax.vm.Evaluator;
import io.jalloy.syntax.vm.Scope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The loki.process page's examples that Alloy's parser rejects as a whole (they mix sample log
 * lines with configuration) still hold valid {@code stage.*} blocks: each one, cut out on its
 * own, must parse, decode and compile.
 */
class DocStageSnippetsTest {

    record Snippet(@Enum(value = "stage", optional = true) List<StageConfig> stages) {}

    @TestFactory
    Stream<DynamicTest> everyStageBlockOfTheMixedExamplesDecodes() throws IOException {
        Path dir = SharedData.alloy("doc-examples");
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("INDEX.tsv"))) {
            String[] cols = line.split("\t", -1);
            if (cols.length <= 5 || !cols[0].startsWith("loki.process__") || cols[5].equals("ok")) {
                continue;
            }
            String text = Files.readString(dir.resolve(cols[0]));
            List<String> blocks = stageBlocks(text);
            for (int i = 0; i < blocks.size(); i++) {
                String block = blocks.get(i);
                if (block.contains("<") && block.contains(">") && block.matches("(?s).*<[A-Z_]+>.*")) {
                    continue; // a usage template with <PLACEHOLDERS>
                }
                tests.add(DynamicTest.dynamicTest(cols[0] + " block " + (i + 1), () -> decodes(block)));
            }
        }
        assertThat(tests).as("stage blocks in mixed examples").hasSizeGreaterThanOrEqualTo(15);
        return tests.stream();
    }

    private static void decodes(String block) throws Exception {
        SourceFile src = SourceFile.of("snippet.alloy", block);
        Snippet s = new Decoder(new Evaluator(src)).decodeBody(Parser.parseFile(src).body(), null, Snippet.class,
                Scope.root(Stdlib.globals()));
        assertThat(s.stages()).hasSize(1);
        if (s.stages().get(0).geoIp() == null) { // geoip examples name databases that are not here
            var ctx = StageContext.create(System.getLogger("test"), new PrometheusRegistry(), Clock.systemUTC(), () -> 0.5);
            assertThat(Stages.compile(s.stages(), ctx)).hasSize(1);
        }
    }

    // Top-level "stage.x { ... }" blocks, found by brace matching from lines that start one.
    private static List<String> stageBlocks(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while ((i = text.indexOf("stage.", i)) >= 0) {
            boolean lineStart = i == 0 || text.lastIndexOf('\n', i - 1) >= 0
                    && text.substring(text.lastIndexOf('\n', i - 1) + 1, i).isBlank();
            int open = text.indexOf('{', i);
            int nl = text.indexOf('\n', i);
            if (!lineStart || open < 0 || (nl >= 0 && nl < open)) {
                i += 6;
                continue;
            }
            int depth = 0;
            int j = open;
            boolean inString = false;
            for (; j < text.length(); j++) {
                char c = text.charAt(j);
                if (c == '"' && text.charAt(j - 1) != '\\') {
                    inString = !inString;
                } else if (!inString && c == '{') {
                    depth++;
                } else if (!inString && c == '}' && --depth == 0) {
                    break;
                }
            }
            if (j >= text.length()) {
                break;
            }
            out.add(text.substring(i, j + 1));
            i = j + 1;
        }
        return out;
    }
}
