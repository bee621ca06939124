package io.jalloy.syntax.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValuePrinterTest {

    @Test
    void scalarsPrintAsAlloyLiterals() {
        assertThat(ValuePrinter.print(NullValue.INSTANCE)).isEqualTo("null");
        assertThat(ValuePrinter.print(BoolValue.TRUE)).isEqualTo("true");
        assertThat(ValuePrinter.print(NumberValue.ofInt(-3))).isEqualTo("-3");
        assertThat(ValuePrinter.print(NumberValue.ofFloat(0.5))).isEqualTo("0.5");
        assertThat(ValuePrinter.print(StringValue.of("a\"b\n\t"))).isEqualTo("\"a\\\"b\\n\\t\"");
    }

    @Test
    void objectsSortTheirKeysAndIndentWithTabs() {
        Map<String, Value> inner = new LinkedHashMap<>();
        inner.put("z", NumberValue.ofInt(1));
        Map<String, Value> outer = new LinkedHashMap<>();
        outer.put("b", new ObjectValue(inner));
        outer.put("a", ArrayValue.of(StringValue.of("x")));
        outer.put("not-ident", ObjectValue.EMPTY);
        assertThat(ValuePrinter.print(new ObjectValue(outer)))
                .isEqualTo("{\n\ta = [\"x\"],\n\tb = {\n\t\tz = 1,\n\t},\n\t\"not-ident\" = {},\n}");
    }

    @Test
    void secretsNeverPrintTheirValue() {
        Value v = new ObjectValue(Map.of(
                "password", new CapsuleValue(new Secret("hunter2")),
                "token", new CapsuleValue(new OptionalSecret("hunter3", true)),
                "user", new CapsuleValue(new OptionalSecret("bob", false)),
                "list", new ArrayValue(List.of(new CapsuleValue(new Secret("hunter4"))))));
        String printed = ValuePrinter.print(v);
        assertThat(printed).doesNotContain("hunter").contains("password = (secret)", "token = (secret)",
                "user = \"bob\"", "list = [(secret)]");
    }

    @Test
    void otherCapsulesPrintTheirTypeName() {
        assertThat(ValuePrinter.print(new CapsuleValue(new StringBuilder()))).isEqualTo("capsule(\"capsule\")");
    }
}
