package io.jalloy.prometheus.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jalloy.prometheus.testing.DocExampleBlocks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every block of these components in Alloy's documentation that Alloy parses decodes into the arguments. */
class DocExamplesTest {

    private record Component(String name, Class<? extends Record> arguments, int atLeast) {}

    private static final List<Component> COMPONENTS = List.of(
            new Component("prometheus.scrape", io.jalloy.prometheus.scrape.Arguments.class, 20),
            new Component("prometheus.relabel", io.jalloy.prometheus.relabel.Arguments.class, 3),
            new Component("prometheus.exporter.unix", io.jalloy.prometheus.exporter.unix.Arguments.class, 1),
            new Component("prometheus.exporter.self", io.jalloy.prometheus.exporter.self.Arguments.class, 1),
            new Component("discovery.file", io.jalloy.prometheus.discovery.file.Arguments.class, 1),
            new Component("discovery.http", io.jalloy.prometheus.discovery.http.Arguments.class, 1));

    /**
     * Examples that do not decode, with the reason asserted so that a change shows. The first is
     * rejected by Alloy too (a fragment without the required attributes); the others reference
     * values the placeholder technique cannot type ({@code argument.x.value} used as a list,
     * {@code foreach}'s {@code each} (a placeholder string), JSON decoded from a placeholder string).
     */
    private static final Map<String, String> EXPECTED_FAILURES = Map.of(
            "prometheus.scrape/prometheus.scrape__4.alloy", "missing required attribute \"targets\"",
            "prometheus.scrape/remote.http__2.alloy", "encoding.from_json invalid character",
            "prometheus.scrape/argument__2.alloy", "expected capsule, got string",
            "prometheus.scrape/import.http__4.alloy", "expected array, got string",
            "prometheus.scrape/stdlib.array__5.alloy", "each expected object or array, got string",
            "prometheus.relabel/foreach__3.alloy", "each expected object or array, got string");

    @TestFactory
    Stream<DynamicContainer> everyDocumentedBlockDecodes() throws Exception {
        List<DynamicContainer> out = new ArrayList<>();
        for (Component c : COMPONENTS) {
            Map<String, String> examples = DocExampleBlocks.examplesWith(c.name());
            assertThat(examples).as("examples of %s", c.name()).hasSizeGreaterThanOrEqualTo(c.atLeast());
            List<DynamicTest> tests = new ArrayList<>();
            examples.forEach((file, text) -> tests.add(DynamicTest.dynamicTest(file, () -> {
                String failure = EXPECTED_FAILURES.get(c.name() + "/" + file);
                if (failure != null) {
                    assertThatThrownBy(() -> DocExampleBlocks.decodeAll(file, text, c.name(), c.arguments()))
                            .hasMessageContaining(failure);
                } else {
                    assertThat(DocExampleBlocks.decodeAll(file, text, c.name(), c.arguments())).isNotEmpty();
                }
            })));
            out.add(DynamicContainer.dynamicContainer(c.name(), tests));
        }
        return out.stream();
    }
}
