package io.jalloy.syntax.diag;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.syntax.SharedData;
import io.jalloy.syntax.parser.Parser;
import io.jalloy.syntax.token.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The validator case made only of syntax errors: parsing each file of the txtar and rendering
 * every diagnostic must reproduce Alloy's output byte for byte.
 */
class SyntaxErrorRenderingConformanceTest {

    @Test
    void syntaxErrorsAcrossFilesRenderExactlyAsAlloyRendersThem() throws IOException {
        Path dir = SharedData.alloy("validator/default");
        Map<String, SourceFile> files = txtar(Files.readString(dir.resolve("syntax_errors.txtar"), StandardCharsets.UTF_8));
        List<Diagnostic> all = new ArrayList<>();
        for (SourceFile f : files.values()) {
            all.addAll(Parser.parse(f).diagnostics().list());
        }
        String rendered = DiagnosticPrinter.render(new Diagnostics(all), files::get, false);
        String expected = Files.readString(dir.resolve("syntax_errors.diags"), StandardCharsets.UTF_8);
        assertThat(rendered).isEqualTo(expected);
    }

    /** The {@code -- name --} sections of a txtar archive. */
    private static Map<String, SourceFile> txtar(String text) {
        Map<String, SourceFile> files = new LinkedHashMap<>();
        String name = null;
        StringBuilder body = new StringBuilder();
        String[] lines = text.split("\n", -1);
        // A final newline ends the last line; it does not start another.
        int count = text.endsWith("\n") ? lines.length - 1 : lines.length;
        for (int i = 0; i < count; i++) {
            String line = lines[i];
            if (line.startsWith("-- ") && line.endsWith(" --")) {
                if (name != null) {
                    files.put(name, SourceFile.of(name, body.toString()));
                }
                name = line.substring(3, line.length() - 3);
                body.setLength(0);
            } else if (name != null) {
                body.append(line).append('\n');
            }
        }
        if (name != null) {
            files.put(name, SourceFile.of(name, body.toString()));
        }
        return files;
    }
}
