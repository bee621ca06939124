package io.jalloy.syntax.decode;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.syntax.decode.Fixtures.Args;
import io.jalloy.syntax.decode.Fixtures.BasicAuth;
import io.jalloy.syntax.decode.Fixtures.Endpoint;
import io.jalloy.syntax.value.ArrayValue;
import io.jalloy.syntax.value.BoolValue;
import io.jalloy.syntax.value.ByteSize;
import io.jalloy.syntax.value.CapsuleValue;
import io.jalloy.syntax.value.NullValue;
import io.jalloy.syntax.value.NumberValue;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.Secret;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueException;
import io.jalloy.syntax.value.ValuePrinter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EncoderTest {

    private static Args sample() {
        return new Args(List.of("a"), "utf-8", 0.5, new ByteSize(10L << 20), Optional.of(new Secret("t")),
                StringValue.of("raw"),
                List.of(new Endpoint("one", "http://a", Duration.ofSeconds(90), Map.of("k", "v"),
                        new BasicAuth("u", new Secret("p")))),
                Map.of("x", NumberValue.ofInt(1)), new Fixtures.RegexStage("r"),
                List.of(new Fixtures.Stage(null, new Fixtures.RegexStage("s"))), new Fixtures.Common(2, false));
    }

    @Test
    void recordsEncodeToObjectsKeyedByTheirAlloyNames() {
        ObjectValue v = (ObjectValue) Encoder.encode(sample());
        assertThat(v.fields().keySet()).containsExactly("forward_to", "encoding", "ratio", "max_size", "token", "raw",
                "endpoint", "extra", "a", "stage", "retries", "enabled");
        assertThat(v.get("max_size")).isEqualTo(StringValue.of("10MiB"));
        assertThat(v.get("token")).isEqualTo(new CapsuleValue(new Secret("t")));
        assertThat(v.get("enabled")).isEqualTo(BoolValue.FALSE);
        assertThat(v.get("a")).isEqualTo(new ObjectValue(Map.of("b",
                new ObjectValue(Map.of("expression", StringValue.of("r"))))));
        ObjectValue endpoint = (ObjectValue) ((ObjectValue) v.get("endpoint")).get("one");
        assertThat(endpoint.get("timeout")).isEqualTo(StringValue.of("1m30s"));
        assertThat(endpoint.has("name")).isFalse();
        assertThat(((ArrayValue) v.get("stage")).get(0)).isEqualTo(new ObjectValue(Map.of(
                "json", NullValue.INSTANCE, "regex", new ObjectValue(Map.of("expression", StringValue.of("s"))))));
        assertThat(ValuePrinter.print(v)).doesNotContain("\"p\"").doesNotContain("\"t\"");
    }

    @Test
    void encodedRecordsDecodeBackToEqualRecords() throws ValueException {
        Args original = sample();
        Value encoded = Encoder.encode(original);
        assertThat(Decoder.decodeValue(encoded, Args.class)).isEqualTo(original);
    }

    @Test
    void plainJavaValuesEncodeByTheirRuntimeClass() {
        assertThat(Encoder.encode(null)).isSameAs(NullValue.INSTANCE);
        assertThat(Encoder.encode(3)).isEqualTo(NumberValue.ofInt(3));
        assertThat(Encoder.encode(2.5)).isEqualTo(NumberValue.ofFloat(2.5));
        assertThat(Encoder.encode(List.of("a", true))).isEqualTo(ArrayValue.of(StringValue.of("a"), BoolValue.TRUE));
        assertThat(Encoder.encode(Map.of("d", Duration.ofMillis(1500))))
                .isEqualTo(new ObjectValue(Map.of("d", StringValue.of("1.5s"))));
        Runnable r = () -> { };
        assertThat(Encoder.encode(r)).isEqualTo(new CapsuleValue(r));
    }
}
