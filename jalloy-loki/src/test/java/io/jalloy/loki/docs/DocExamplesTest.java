package io.jalloy.loki.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jalloy.loki.testing.DocExampleBlocks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code loki.write}, {@code loki.source.api}, {@code loki.echo} and {@code loki.relabel}
 * block in Alloy's documentation that Alloy parses decodes into the component's arguments.
 */
class DocExamplesTest {

    private record Component(String name, Class<? extends Record> arguments, int atLeast) {}

    private static final List<Component> COMPONENTS = List.of(
            new Component("loki.write", io.jalloy.loki.write.Arguments.class, 30),
            new Component("loki.source.api", io.jalloy.loki.source.api.Arguments.class, 1),
            new Component("loki.echo", io.jalloy.loki.echo.Arguments.class, 2),
            new Component("loki.relabel", io.jalloy.loki.relabel.Arguments.class, 5));

    /**
     * Examples Alloy itself rejects: their {@code loki.relabel} has no {@code forward_to}, which
     * Alloy requires. Jalloy must reject them with Alloy's message.
     */
    private static final Map<String, String> INVALID_IN_ALLOY = Map.of(
            "loki.source.gelf__2.alloy", "missing required attribute \"forward_to\"",
            "loki.source.syslog__2.alloy", "missing required attribute \"forward_to\"");

    @TestFactory
    Stream<DynamicContainer> everyDocumentedBlockDecodes() throws Exception {
        List<DynamicContainer> out = new ArrayList<>();
        for (Component c : COMPONENTS) {
            Map<String, String> examples = DocExampleBlocks.examplesWith(c.name());
            assertThat(examples).as("examples of %s", c.name()).hasSizeGreaterThanOrEqualTo(c.atLeast());
            List<DynamicTest> tests = new ArrayList<>();
            examples.forEach((file, text) -> tests.add(DynamicTest.dynamicTest(file, () -> {
                String invalid = c.name().equals("loki.relabel") ? INVALID_IN_ALLOY.get(file) : null;
                if (invalid != null) {
                    assertThatThrownBy(() -> DocExampleBlocks.decodeAll(file, text, c.name(), c.arguments()))
                            .hasMessageContaining(invalid);
                } else {
                    assertThat(DocExampleBlocks.decodeAll(file, text, c.name(), c.arguments())).isNotEmpty();
                }
            })));
            out.add(DynamicContainer.dynamicContainer(c.name(), tests));
        }
        return out.stream();
    }
}
