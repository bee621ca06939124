package io.jalloy.common.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jalloy.common.labels.Labels;
import io.jalloy.syntax.decode.Decoder;
import io.jalloy.syntax.decode.Encoder;
import io.jalloy.syntax.value.ArrayValue;
import io.jalloy.syntax.value.BoolValue;
import io.jalloy.syntax.value.CapsuleValue;
import io.jalloy.syntax.value.NumberValue;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.OptionalSecret;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueException;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetTest {

    private static final Type TARGETS = new Object() {
        @SuppressWarnings("unused")
        List<Target> field;
    }.getClass().getDeclaredFields()[0].getGenericType();

    private static ObjectValue object(Object... kv) {
        Map<String, Value> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Value) kv[i + 1]);
        }
        return new ObjectValue(m);
    }

    @Test
    void aListOfObjectsDecodesIntoTargets() throws Exception {
        Value v = new ArrayValue(List.of(object("__address__", new StringValue("h:80"), "job", new StringValue("x"))));
        @SuppressWarnings("unchecked")
        List<Target> targets = (List<Target>) Decoder.decodeValue(v, TARGETS);
        assertThat(targets).containsExactly(Target.of("__address__", "h:80", "job", "x"));
    }

    @Test
    void numbersAndBoolsBecomeTheirText() throws Exception {
        Target t = Decoder.decodeValue(object("port", NumberValue.ofInt(9100), "tls", BoolValue.of(true)), Target.class);
        assertThat(t.labels()).isEqualTo(Labels.of("port", "9100", "tls", "true"));
    }

    @Test
    void aNonSecretOptionalSecretSuchAsFileContentBecomesItsText() throws Exception {
        Target t = Decoder.decodeValue(object("content", new CapsuleValue(new OptionalSecret("hello", false))),
                Target.class);
        assertThat(t.labels()).isEqualTo(Labels.of("content", "hello"));
    }

    @Test
    void aSecretNeverBecomesALabelValue() {
        assertThatThrownBy(() -> Decoder.decodeValue(
                        object("content", new CapsuleValue(new OptionalSecret("hidden", true))), Target.class))
                .hasMessageContaining("secrets may not be converted into strings");
    }

    @Test
    void aTargetInACapsuleDecodesAsItself() throws Exception {
        Target t = Target.of("a", "b");
        assertThat(Decoder.decodeValue(new CapsuleValue(t), Target.class)).isSameAs(t);
    }

    @Test
    void aValueThatIsNotAnObjectIsATypeError() {
        assertThatThrownBy(() -> Decoder.decodeValue(new StringValue("x"), Target.class))
                .isInstanceOf(ValueException.class).hasMessage("expected object, got string");
        assertThatThrownBy(() -> Decoder.decodeValue(object("a", new ArrayValue(List.of())), Target.class))
                .isInstanceOf(ValueException.class).hasMessage("expected string, got array");
    }

    @Test
    void targetsEncodeAsObjectsWithSortedKeys() {
        Value v = Encoder.encode(List.of(Target.of("job", "x", "__address__", "h:80")));
        ObjectValue o = (ObjectValue) ((ArrayValue) v).elements().getFirst();
        assertThat(o.fields().keySet()).containsExactly("__address__", "job");
        assertThat(o.get("job")).isEqualTo(new StringValue("x"));
    }

    @Test
    void toStringIsAlloysNotation() {
        assertThat(Target.of("job", "x", "a", "1").toString()).isEqualTo("{\"a\"=\"1\", \"job\"=\"x\"}");
    }
}
