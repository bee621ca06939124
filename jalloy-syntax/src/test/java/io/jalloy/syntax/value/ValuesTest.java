package io.jalloy.syntax.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void numbersOfDifferentKindsAreEqualWhenTheirValuesAre() {
        assertThat(Values.equal(NumberValue.ofInt(3), NumberValue.ofFloat(3.0))).isTrue();
        assertThat(Values.equal(NumberValue.ofUint(3), NumberValue.ofInt(3))).isTrue();
        assertThat(Values.equal(NumberValue.ofInt(3), StringValue.of("3"))).isFalse();
        assertThat(Values.equal(new FunctionValue("f", a -> a.get(0)), new FunctionValue("f", a -> a.get(0))))
                .isFalse();
        assertThat(Values.equal(new CapsuleValue(new Secret("a")), new CapsuleValue(new Secret("a")))).isTrue();
        assertThat(Values.equal(new ObjectValue(Map.of("a", NumberValue.ofInt(1))), ObjectValue.EMPTY)).isFalse();
    }

    @Test
    void wideningPicksFloatOverIntOverUint() {
        assertThat(Values.fit(NumberValue.Kind.UINT, NumberValue.Kind.INT)).isEqualTo(NumberValue.Kind.INT);
        assertThat(Values.fit(NumberValue.Kind.INT, NumberValue.Kind.FLOAT)).isEqualTo(NumberValue.Kind.FLOAT);
        assertThat(Values.fit(NumberValue.Kind.UINT, NumberValue.Kind.UINT)).isEqualTo(NumberValue.Kind.UINT);
    }

    @Test
    void stringsHoldingNumbersConvertAsAlloyParsesThem() throws ValueException {
        assertThat(Values.convert(StringValue.of("12"), ValueType.NUMBER)).isEqualTo(NumberValue.ofUint(12));
        assertThat(Values.convert(StringValue.of("-12"), ValueType.NUMBER)).isEqualTo(NumberValue.ofInt(-12));
        assertThat(Values.convert(StringValue.of("1.5"), ValueType.NUMBER)).isEqualTo(NumberValue.ofFloat(1.5));
        assertThat(Values.convert(StringValue.of("1e3"), ValueType.NUMBER)).isEqualTo(NumberValue.ofFloat(1000));
        for (String bad : new String[] {"", "abc", "+1", "1.5x", "0x10", "-"}) {
            assertThatThrownBy(() -> Values.convert(StringValue.of(bad), ValueType.NUMBER))
                    .hasMessage("expected number, got string");
        }
    }

    @Test
    void numbersConvertToTheirGoText() throws ValueException {
        assertThat(Values.convert(NumberValue.ofInt(24), ValueType.STRING)).isEqualTo(StringValue.of("24"));
        assertThat(Values.convert(NumberValue.ofFloat(3.9), ValueType.STRING)).isEqualTo(StringValue.of("3.9"));
        assertThat(Values.convert(NumberValue.ofFloat(0.9), ValueType.STRING)).isEqualTo(StringValue.of("0.9"));
        assertThat(Values.convert(NumberValue.ofFloat(1e21), ValueType.STRING))
                .isEqualTo(StringValue.of("1000000000000000000000"));
        assertThat(Values.convert(NumberValue.ofUint(-1L), ValueType.STRING))
                .isEqualTo(StringValue.of("18446744073709551615"));
    }

    @Test
    void otherConversionsFailWithAlloysTypeError() {
        assertThatThrownBy(() -> Values.convert(BoolValue.TRUE, ValueType.STRING))
                .isInstanceOf(ValueException.class)
                .hasMessage("expected string, got bool")
                .satisfies(e -> assertThat(((ValueException) e).expected()).isEqualTo(ValueType.STRING));
        assertThatThrownBy(() -> Values.convert(StringValue.of("true"), ValueType.BOOL))
                .hasMessage("expected bool, got string");
    }
}
