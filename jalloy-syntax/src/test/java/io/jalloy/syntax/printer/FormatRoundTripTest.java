package io.jalloy.syntax.printer;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.syntax.SharedData;
import io.jalloy.syntax.ast.File;
import io.jalloy.syntax.parser.Parser;
import io.jalloy.syntax.token.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Acceptance 5 (format part): for every valid input (printer cases, parser {@code valid/}, doc
 * examples Alloy parses), formatting twice changes nothing more, and the formatted text parses
 * to the same tree as the input, positions aside.
 */
class FormatRoundTripTest {

    @TestFactory
    Stream<DynamicTest> formattingIsIdempotentAndKeepsTheTree() throws IOException {
        return inputs().stream().map(in -> DynamicTest.dynamicTest(SharedData.root().relativize(in).toString(), () -> {
            SourceFile src = SourceFile.of(in.getFileName().toString(), Files.readAllBytes(in));
            File tree = Parser.parseFile(src);
            String once = Formatter.format(src);
            SourceFile formatted = SourceFile.of("formatted.alloy", once);
            assertThat(AstShape.of(Parser.parseFile(formatted))).isEqualTo(AstShape.of(tree));
            assertThat(Formatter.format(formatted)).isEqualTo(once);
        }));
    }

    private static List<Path> inputs() throws IOException {
        List<Path> all = new ArrayList<>();
        Path printer = SharedData.alloy("syntax/printer");
        try (Stream<Path> files = Files.list(printer)) {
            files.filter(f -> f.toString().endsWith(".in"))
                    .filter(f -> !Files.exists(printer.resolve(f.getFileName().toString().replaceFirst("\\.in$", ".error"))))
                    .sorted().forEach(all::add);
        }
        try (Stream<Path> files = Files.list(SharedData.alloy("syntax/parser/valid"))) {
            files.sorted().forEach(all::add);
        }
        Path docs = SharedData.alloy("doc-examples");
        List<String> rows = Files.readAllLines(docs.resolve("INDEX.tsv"), StandardCharsets.UTF_8);
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split("\t", -1);
            if (c[5].equals("ok")) {
                all.add(docs.resolve(c[0]));
            }
        }
        return all;
    }
}
