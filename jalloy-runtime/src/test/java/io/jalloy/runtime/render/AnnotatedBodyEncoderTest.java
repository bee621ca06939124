package io.jalloy.runtime.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Block;
import io.jalloy.syntax.decode.Enum;
import io.jalloy.syntax.decode.Label;
import io.jalloy.syntax.decode.Squash;
import io.jalloy.syntax.value.Secret;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnnotatedBodyEncoderTest {

    record Rule(@Attr("action") String action) {}

    record Stage(@Block(value = "json", optional = true) Rule json, @Block(value = "regex", optional = true) Rule regex) {}

    record Endpoint(@Label String name, @Attr("url") String url) {}

    record Common(@Attr(value = "timeout", optional = true) String timeout) {}

    record Args(
            @Attr("password") Secret password,
            @Attr(value = "retries", optional = true) int retries,
            @Attr(value = "mode", optional = true) String mode,
            @Block(value = "endpoint", optional = true) List<Endpoint> endpoints,
            @Block(value = "labels", optional = true) Map<String, String> labels,
            @Enum(value = "stage", optional = true) List<Stage> stages,
            @Squash Common common) {

        static Args defaults() {
            return new Args(null, 3, "fast", List.of(), Map.of(), List.of(), new Common(""));
        }
    }

    private static String render(Object value) throws Exception {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            AlloyJson.writeBody(g, BodyEncoder.standard().encode(value));
        }
        return w.toString();
    }

    @Test
    void optionalFieldsEqualToTheirDefaultsAreLeftOutAsAlloyDoes() throws Exception {
        String json = render(Args.defaults());
        assertThat(json).isEqualTo("[{\"name\":\"password\",\"type\":\"attr\",\"value\":{\"type\":\"null\",\"value\":null}}]");
    }

    @Test
    void blocksLabelsEnumsAndSquashedFieldsRenderAsAlloyBodies() throws Exception {
        Args args = new Args(new Secret("pw"), 5, "fast", List.of(new Endpoint("a", "http://x")), Map.of("z", "1", "a", "2"),
                List.of(new Stage(null, new Rule("keep"))), new Common("10s"));
        assertThat(render(args)).isEqualTo("["
                + "{\"name\":\"password\",\"type\":\"attr\",\"value\":{\"type\":\"capsule\",\"value\":\"(secret)\"}},"
                + "{\"name\":\"retries\",\"type\":\"attr\",\"value\":{\"type\":\"number\",\"value\":5}},"
                + "{\"name\":\"endpoint\",\"type\":\"block\",\"label\":\"a\",\"body\":["
                + "{\"name\":\"url\",\"type\":\"attr\",\"value\":{\"type\":\"string\",\"value\":\"http://x\"}}]},"
                + "{\"name\":\"labels\",\"type\":\"block\",\"body\":["
                + "{\"name\":\"a\",\"type\":\"attr\",\"value\":{\"type\":\"string\",\"value\":\"2\"}},"
                + "{\"name\":\"z\",\"type\":\"attr\",\"value\":{\"type\":\"string\",\"value\":\"1\"}}]},"
                + "{\"name\":\"stage.regex\",\"type\":\"block\",\"body\":["
                + "{\"name\":\"action\",\"type\":\"attr\",\"value\":{\"type\":\"string\",\"value\":\"keep\"}}]},"
                + "{\"name\":\"timeout\",\"type\":\"attr\",\"value\":{\"type\":\"string\",\"value\":\"10s\"}}]");
    }
}
