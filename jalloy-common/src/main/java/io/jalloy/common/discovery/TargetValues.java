package io.jalloy.common.discovery;

import io.jalloy.syntax.value.BoolValue;
import io.jalloy.syntax.value.CapsuleValue;
import io.jalloy.syntax.value.OptionalSecret;
import io.jalloy.syntax.value.Secret;
import io.jalloy.syntax.value.NumberValue;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueException;
import io.jalloy.syntax.value.ValueType;
import io.jalloy.syntax.value.Values;

/** Turns a target's field values into label values, as Alloy's target conversion does. */
final class TargetValues {
    private TargetValues() {}

    /**
     * The text of a string, number, bool or non-secret optional secret (such as
     * {@code local.file.x.content}); other kinds, and secrets, are errors.
     */
    static String text(Value v) throws ValueException {
        return switch (v) {
            case StringValue s -> s.value();
            case BoolValue b -> Boolean.toString(b.value());
            case NumberValue n -> Values.numberToString(n);
            case CapsuleValue(OptionalSecret o) when !o.isSecret() -> o.value();
            case CapsuleValue(Object c) when c instanceof OptionalSecret || c instanceof Secret ->
                    throw new ValueException("secrets may not be converted into strings");
            default -> throw ValueException.typeMismatch(ValueType.STRING, v);
        };
    }
}
