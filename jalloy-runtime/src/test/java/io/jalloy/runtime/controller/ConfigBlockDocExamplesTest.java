package io.jalloy.runtime.controller;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.component.Stability;
import io.jalloy.runtime.controller.testcomponents.TestComponents;
import io.jalloy.syntax.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example of Alloy's config-block reference pages that Alloy's parser accepts must pass
 * the config-block and service checks (logging, tracing, http, remotecfg, argument, export,
 * import.*, foreach, ...). Components the examples use are mostly not registered here, so only
 * their absence and the references to them are tolerated.
 */
class ConfigBlockDocExamplesTest {

    @TestFactory
    Stream<DynamicTest> configBlockExamplesPassTheirSchemas() throws IOException {
        Path dir = ConformanceData.alloy("doc-examples");
        List<String[]> rows = Files.readAllLines(dir.resolve("INDEX.tsv")).stream()
                .map(l -> l.split("\t"))
                .filter(f -> f.length >= 6 && f[1].equals("config-block") && f[5].equals("ok"))
                .toList();
        assertThat(rows).hasSizeGreaterThan(20);
        ValidationOptions options = ValidationOptions.defaults(ComponentSchemas.fromRegistry(TestComponents.registry()))
                .withMinStability(Stability.EXPERIMENTAL);
        return rows.stream().map(f -> DynamicTest.dynamicTest(f[0], () -> {
            Source source = Source.of(Map.of(f[0], Files.readAllBytes(dir.resolve(f[0]))));
            assertThat(Validator.validate(source, options).list()).extracting(Diagnostic::message)
                    .allSatisfy(m -> assertThat(m).matches(
                            "cannot find the definition of component name .*|component \".*\" does not exist or is out of scope"));
        }));
    }
}
