package io.jalloy.syntax.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jalloy.syntax.SharedData;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.parser.Parser;
import io.jalloy.syntax.token.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Acceptance 2: each of Alloy's printer cases formats to its {@code .expect} text (trailing white
 * space of the whole text aside), or fails with the text of its {@code .error}.
 */
class PrinterConformanceTest {

    @TestFactory
    Stream<DynamicTest> printerCaseFormatsLikeAlloy() throws IOException {
        Path dir = SharedData.alloy("syntax/printer");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".in")).sorted().toList().stream().map(in -> {
                String base = in.getFileName().toString().replaceFirst("\\.in$", "");
                return DynamicTest.dynamicTest(base, () -> check(dir, base, in));
            });
        }
    }

    private static void check(Path dir, String base, Path in) throws IOException {
        SourceFile src = SourceFile.of(in.getFileName().toString(), Files.readAllBytes(in));
        Path error = dir.resolve(base + ".error");
        if (Files.exists(error)) {
            String expected = Files.readString(error, StandardCharsets.UTF_8).strip();
            assertThatThrownBy(() -> Formatter.format(src))
                    .isInstanceOf(Diagnostics.class)
                    .hasMessageContaining(expected);
            return;
        }
        String expected = Files.readString(dir.resolve(base + ".expect"), StandardCharsets.UTF_8);
        try {
            // As Alloy's own test: the printer's output is exactly the expectation without its
            // trailing white space; fmt then adds one newline.
            assertThat(Printer.format(Parser.parseFile(src))).isEqualTo(expected.stripTrailing());
            assertThat(Formatter.format(src)).isEqualTo(expected.stripTrailing() + "\n");
        } catch (Diagnostics d) {
            throw new AssertionError("did not parse: " + d.getMessage(), d);
        }
    }
}
