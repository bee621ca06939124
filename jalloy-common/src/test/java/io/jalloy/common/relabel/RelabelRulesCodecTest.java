package io.jalloy.common.relabel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jalloy.common.discovery.Target;
import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Decoder;
import io.jalloy.syntax.decode.Encoder;
import io.jalloy.syntax.value.CapsuleValue;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Compiled rules travel between components as the capsule {@code relabel.Rules}. */
class RelabelRulesCodecTest {

    /** What a consumer such as a log source declares. */
    record Consumer(@Attr(value = "relabel_rules", optional = true) RelabelRules rules) {}

    @Test
    void rulesEncodeAsACapsuleAndDecodeBackToTheSameInstance() throws Exception {
        RelabelRules rules = RuleText.compile("rule {\n  target_label = \"a\"\n}\n");
        Value encoded = Encoder.encode(rules);
        assertThat(encoded).isInstanceOfSatisfying(CapsuleValue.class,
                c -> assertThat(c.typeName()).isEqualTo("relabel.Rules"));
        Consumer decoded = Decoder.decodeValue(new ObjectValue(Map.of("relabel_rules", encoded)), Consumer.class);
        assertThat(decoded.rules()).isSameAs(rules);
    }

    @Test
    void anythingElseIsRejectedWithAlloysCapsuleTypeName() {
        assertThatThrownBy(() -> Decoder.decodeValue(new StringValue("x"), RelabelRules.class))
                .isInstanceOf(ValueException.class).hasMessage("expected capsule(\"relabel.Rules\"), got string");
        assertThatThrownBy(() -> Decoder.decodeValue(new CapsuleValue(Target.of("a", "b")), RelabelRules.class))
                .isInstanceOf(ValueException.class)
                .hasMessage("expected capsule(\"relabel.Rules\"), got capsule(\"discovery.Target\")");
    }
}
