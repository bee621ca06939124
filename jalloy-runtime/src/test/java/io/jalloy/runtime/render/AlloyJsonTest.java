package io.jalloy.runtime.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.jalloy.syntax.value.ArrayValue;
import io.jalloy.syntax.value.CapsuleValue;
import io.jalloy.syntax.value.NumberValue;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.OptionalSecret;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlloyJsonTest {

    private static String json(Value v) throws Exception {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            AlloyJson.writeValue(g, v);
        }
        return w.toString();
    }

    @ParameterizedTest(name = "{0} renders as {1}")
    @CsvSource({"1, 1", "1.5, 1.5", "-2, -2", "0.0001, 0.0001", "1e-7, 1e-07", "1e21, 1e+21", "123456789012, 123456789012"})
    void numbersRenderAsGoEncodesFloat64(double d, String expected) {
        assertThat(AlloyJson.goFloat(d)).isEqualTo(expected);
    }

    @Test
    void everyValueCarriesItsType() throws Exception {
        Map<String, Value> fields = new LinkedHashMap<>();
        fields.put("b", ArrayValue.of(NumberValue.ofInt(1), Value.nil()));
        fields.put("a", new StringValue("x"));
        assertThat(json(new ObjectValue(fields))).isEqualTo("{\"type\":\"object\",\"value\":["
                + "{\"key\":\"b\",\"value\":{\"type\":\"array\",\"value\":[{\"type\":\"number\",\"value\":1},"
                + "{\"type\":\"null\",\"value\":null}]}},"
                + "{\"key\":\"a\",\"value\":{\"type\":\"string\",\"value\":\"x\"}}]}");
    }

    @Test
    void optionalSecretsShowQuotedWhenNotSecretAndOtherCapsulesByType() throws Exception {
        assertThat(json(new CapsuleValue(new OptionalSecret("us\"er", false))))
                .isEqualTo("{\"type\":\"capsule\",\"value\":\"\\\"us\\\\\\\"er\\\"\"}");
        assertThat(json(new CapsuleValue(new OptionalSecret("pw", true))))
                .isEqualTo("{\"type\":\"capsule\",\"value\":\"(secret)\"}");
        assertThat(json(new CapsuleValue(new Object()))).isEqualTo("{\"type\":\"capsule\",\"value\":\"capsule(\\\"capsule\\\")\"}");
    }

    @Test
    void blocksCarryLabelsAndNestedBodies() throws Exception {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            AlloyJson.writeBody(g, List.of(new BodyStatement.Block("rule", "r1",
                    List.of(new BodyStatement.Attr("action", new StringValue("keep")))), new BodyStatement.Block("tls", "", List.of())));
        }
        assertThat(w.toString()).isEqualTo("[{\"name\":\"rule\",\"type\":\"block\",\"label\":\"r1\",\"body\":["
                + "{\"name\":\"action\",\"type\":\"attr\",\"value\":{\"type\":\"string\",\"value\":\"keep\"}}]},"
                + "{\"name\":\"tls\",\"type\":\"block\",\"body\":[]}]");
    }

    @Test
    void reflectiveEncoderNamesRecordComponentsInSnakeCaseAndSortsMaps() {
        record Args(String pollFrequency, Map<String, Integer> labels) {}
        List<BodyStatement> body = BodyEncoder.reflective().encode(new Args("1m", Map.of("z", 1, "a", 2)));
        assertThat(body).extracting(s -> ((BodyStatement.Attr) s).name()).containsExactly("poll_frequency", "labels");
        ObjectValue labels = (ObjectValue) ((BodyStatement.Attr) body.get(1)).value();
        assertThat(labels.fields().keySet()).containsExactly("a", "z");
        assertThat(BodyEncoder.reflective().encode(null)).isEmpty();
    }
}
