package io.jalloy.runtime.controller;

import io.jalloy.component.Stability;
import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.runtime.componenttest.SharedData;
import io.jalloy.runtime.controller.testcomponents.TestComponents;
import io.jalloy.syntax.diag.DiagnosticPrinter;
import io.jalloy.syntax.diag.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Alloy's {@code alloy validate} cases: each {@code NAME.txtar} must render exactly the
 * diagnostics in {@code NAME.diags}. {@code default/} runs at stability level experimental,
 * {@code ga/} at generally-available, as Alloy's own test does.
 */
class ValidatorConformanceTest {

    @TestFactory
    Stream<DynamicTest> defaultCasesRenderAlloysDiagnosticsAtExperimental() throws IOException {
        return cases("default", Stability.EXPERIMENTAL);
    }

    @TestFactory
    Stream<DynamicTest> gaCasesRenderAlloysDiagnosticsAtGenerallyAvailable() throws IOException {
        return cases("ga", Stability.GENERALLY_AVAILABLE);
    }

    private static Stream<DynamicTest> cases(String folder, Stability level) throws IOException {
        Path dir = SharedData.alloy("validator").resolve(folder);
        List<Path> archives;
        try (Stream<Path> files = Files.list(dir)) {
            archives = files.filter(p -> p.toString().endsWith(".txtar")).sorted().toList();
        }
        assertThat(archives).isNotEmpty();
        return archives.stream().map(p -> {
            Txtar archive = read(p);
            return DynamicTest.dynamicTest(archive.title() + " (" + p.getFileName() + ")", p.toUri(),
                    () -> assertThat(render(archive, level)).isEqualTo(expected(p)));
        });
    }

    /** Validates an archive's files and renders the result as Alloy's report does. */
    static String render(Txtar archive, Stability level) {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (Txtar.Entry e : archive.files()) {
            contents.put(e.name(), e.data());
        }
        Source source = Source.of(contents);
        Diagnostics diags = Validator.validate(source,
                ValidationOptions.defaults(ComponentSchemas.fromRegistry(TestComponents.registry())).withMinStability(level));
        return DiagnosticPrinter.render(diags, source::file, false);
    }

    private static Txtar read(Path p) {
        try {
            return Txtar.parse(Files.readAllBytes(p));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String expected(Path txtar) throws IOException {
        Path diags = Path.of(txtar.toString().replace(".txtar", ".diags"));
        return Files.readString(diags, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
