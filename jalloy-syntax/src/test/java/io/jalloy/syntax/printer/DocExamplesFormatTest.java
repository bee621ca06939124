package io.jalloy.syntax.printer;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.syntax.SharedData;
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
 * Acceptance 3 (format part): every documentation example that Alloy parses formats to exactly
 * the bytes Alloy's own {@code alloy fmt} printed for it.
 */
class DocExamplesFormatTest {

    @TestFactory
    Stream<DynamicTest> docExampleFormatsByteForByteLikeAlloy() throws IOException {
        Path dir = SharedData.alloy("doc-examples");
        List<String> rows = Files.readAllLines(dir.resolve("INDEX.tsv"), StandardCharsets.UTF_8);
        return rows.stream().skip(1).map(r -> r.split("\t", -1)).filter(c -> c[5].equals("ok")).map(c -> {
            String name = c[0];
            return DynamicTest.dynamicTest(name, () -> {
                SourceFile src = SourceFile.of(name, Files.readAllBytes(dir.resolve(name)));
                String expected = Files.readString(dir.resolve("oracle/" + name + ".fmt"), StandardCharsets.UTF_8);
                assertThat(Formatter.format(src)).isEqualTo(expected);
            });
        });
    }
}
