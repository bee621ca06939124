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

/**
 * Every {@code prometheus.remote_write} and {@code prometheus.receive_http} block in Alloy's
 * documentation that Alloy parses decodes into the component's arguments.
 */
class RemoteWriteDocExamplesTest {

    private record Component(String name, Class<? extends Record> arguments, int atLeast) {}

    private static final List<Component> COMPONENTS = List.of(
            new Component("prometheus.remote_write", io.jalloy.prometheus.remotewrite.Arguments.class, 50),
            new Component("prometheus.receive_http", io.jalloy.prometheus.receivehttp.Arguments.class, 2));

    /**
     * Examples Alloy itself rejects when evaluating them: a bare identifier where a string belongs,
     * and a {@code client} block that {@code prometheus.remote_write} does not have. Jalloy must
     * reject them with Alloy's message.
     */
    private static final Map<String, String> INVALID_IN_ALLOY = Map.of(
            "prometheus.exporter.blackbox__4.alloy", "identifier \"PROMETHEUS_REMOTE_WRITE_URL\" does not exist",
            "remote.http__2.alloy", "unrecognized block name \"client\"");

    @TestFactory
    Stream<DynamicContainer> everyDocumentedBlockDecodes() throws Exception {
        List<DynamicContainer> out = new ArrayList<>();
        for (Component c : COMPONENTS) {
            Map<String, String> examples = DocExampleBlocks.examplesWith(c.name());
            assertThat(examples).as("examples of %s", c.name()).hasSizeGreaterThanOrEqualTo(c.atLeast());
            List<DynamicTest> tests = new ArrayList<>();
            examples.forEach((file, text) -> tests.add(DynamicTest.dynamicTest(file, () -> {
                String invalid = c.name().equals("prometheus.remote_write") ? INVALID_IN_ALLOY.get(file) : null;
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
