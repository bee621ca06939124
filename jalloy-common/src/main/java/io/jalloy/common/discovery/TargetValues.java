package io.jalloy.common.discovery;

import io.jalloy.syntax.value.BoolValue;
import io.jalloy.syntax.value.NumberValue;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueException;
import io.jalloy.syntax.value.ValueType;
import io.jalloy.syntax.value.Values;

/** Turns a target's field values into label values, as Alloy's target conversion does. */
final class TargetValues {
    private TargetValues() {}

    /** The text of a string, number or bool; other kinds are a type error. */
    static String text(Value v) throws ValueException {
        return switch (v) {
            case StringValue s -> s.value();
            case BoolValue b -> Boolean.toString(b.value());
            case NumberValue n -> Values.numberToString(n);
            default -> throw ValueException.typeMismatch(ValueType.STRING, v);
        };
    }
}
