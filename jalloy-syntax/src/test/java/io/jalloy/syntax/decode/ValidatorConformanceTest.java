package io.jalloy.syntax.decode;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.syntax.SharedData;
import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.ast.File;
import io.jalloy.syntax.ast.Stmt;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.parser.Parser;
import io.jalloy.syntax.stdlib.Stdlib;
import io.jalloy.syntax.token.SourceFile;
import io.jalloy.syntax.vm.Evaluator;
import io.jalloy.syntax.vm.Scope;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Decodes the blocks of Alloy's validator cases that stand-in argument records describe, and
 * checks that the decoder's diagnostics are exactly the ones Alloy reports inside those blocks.
 */
class ValidatorConformanceTest {
    private static final Map<String, Class<?>> STAND_INS = Map.of(
            "loki.source.file", Fixtures.FileSource.class,
            "otelcol.auth.headers", Fixtures.Headers.class);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"invalid_types", "invalid_properties"})
    void decoderDiagnosticsMatchAlloysInsideKnownBlocks(String name) throws IOException, Diagnostics {
        String txtar = Files.readString(SharedData.alloy("validator/default/" + name + ".txtar"));
        String main = section(txtar, "main.alloy");
        SourceFile file = SourceFile.of("main.alloy", main);
        File parsed = Parser.parseFile(file);
        Decoder decoder = new Decoder(new Evaluator(file));
        Scope scope = Scope.root(Stdlib.globals());

        List<String> actual = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        for (Stmt stmt : parsed.body()) {
            if (stmt instanceof BlockStmt block && STAND_INS.containsKey(block.fullName())) {
                ranges.add(new int[] {file.line(block.start()), file.line(block.end() - 1)});
                try {
                    decoder.decodeBody(block.body(), block, STAND_INS.get(block.fullName()), scope);
                } catch (Diagnostics d) {
                    for (Diagnostic diag : d.list()) {
                        actual.add("Error: " + diag);
                    }
                }
            }
        }
        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(SharedData.alloy("validator/default/" + name + ".diags"))) {
            if (line.startsWith("Error: main.alloy:")) {
                int lineNo = Integer.parseInt(line.substring("Error: main.alloy:".length()).split(":")[0]);
                if (ranges.stream().anyMatch(r -> lineNo >= r[0] && lineNo <= r[1])) {
                    expected.add(line);
                }
            }
        }
        assertThat(expected).isNotEmpty();
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    private static String section(String txtar, String name) {
        String marker = "-- " + name + " --\n";
        int start = txtar.indexOf(marker) + marker.length();
        int end = txtar.indexOf("\n-- ", start);
        return end < 0 ? txtar.substring(start) : txtar.substring(start, end + 1);
    }
}
