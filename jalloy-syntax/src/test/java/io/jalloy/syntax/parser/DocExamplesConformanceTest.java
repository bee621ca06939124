package io.jalloy.syntax.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.syntax.SharedData;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.token.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Acceptance B: every alloy block of Alloy's reference docs parses exactly when Alloy's parser
 * accepted it, and where it did not, the first diagnostic is Alloy's, character for character.
 */
class DocExamplesConformanceTest {

    @TestFactory
    Stream<DynamicTest> docExampleParsesLikeAlloy() throws IOException {
        Path dir = SharedData.alloy("doc-examples");
        List<String> rows = Files.readAllLines(dir.resolve("INDEX.tsv"), StandardCharsets.UTF_8);
        return rows.stream().skip(1).map(row -> {
            String[] cols = row.split("\t", -1);
            String name = cols[0];
            boolean ok = cols[5].equals("ok");
            return DynamicTest.dynamicTest(name, () -> {
                SourceFile src = SourceFile.of(name, Files.readAllBytes(dir.resolve(name)));
                Diagnostics diags = Parser.parse(src).diagnostics();
                if (ok) {
                    assertThat(diags.list()).isEmpty();
                    return;
                }
                assertThat(diags.list()).isNotEmpty();
                List<String> oracle = Files.readAllLines(dir.resolve("oracle/" + name + ".diags"), StandardCharsets.UTF_8);
                assertThat(diags.list().get(0).toString()).isEqualTo(oracle.get(0));
            });
        });
    }

    @TestFactory
    Stream<DynamicTest> docExampleReportsEveryDiagnosticAlloyReports() throws IOException {
        Path dir = SharedData.alloy("doc-examples");
        List<String> rows = Files.readAllLines(dir.resolve("INDEX.tsv"), StandardCharsets.UTF_8);
        return rows.stream().skip(1).filter(r -> r.split("\t", -1)[5].equals("parse_error")).map(row -> {
            String name = row.split("\t", -1)[0];
            return DynamicTest.dynamicTest(name, () -> {
                SourceFile src = SourceFile.of(name, Files.readAllBytes(dir.resolve(name)));
                String actual = Diagnostics.class.cast(Parser.parse(src).diagnostics()).list().stream()
                        .map(Object::toString).reduce("", (a, b) -> a + b + "\n");
                String expected = Files.readString(dir.resolve("oracle/" + name + ".diags"), StandardCharsets.UTF_8);
                assertThat(actual.strip()).isEqualTo(expected.strip());
            });
        });
    }
}
