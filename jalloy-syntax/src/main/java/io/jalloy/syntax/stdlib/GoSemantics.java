package io.jalloy.syntax.stdlib;

import io.jalloy.syntax.value.ArrayValue;
import io.jalloy.syntax.value.BoolValue;
import io.jalloy.syntax.value.CapsuleValue;
import io.jalloy.syntax.value.NullValue;
import io.jalloy.syntax.value.NumberValue;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.OptionalSecret;
import io.jalloy.syntax.value.Secret;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;

/**
 * Tests on values as the Go stdlib code sees them: Go-level equality (unlike Alloy's {@code ==},
 * numbers of different kinds differ) and Go's zero values.
 */
final class GoSemantics {
    private GoSemantics() {}

    /** Alloy's {@code Value.Equal}: same type and the same underlying Go value (numbers of one kind). */
    static boolean equal(Value a, Value b) {
        if (a.type() != b.type()) {
            return false;
        }
        if (a instanceof NumberValue x && b instanceof NumberValue y) {
            return x.kind() == y.kind()
                    && (x.kind() == NumberValue.Kind.FLOAT ? x.floatValue() == y.floatValue() : x.bits() == y.bits());
        }
        return a.equals(b);
    }

    /** True for the values {@code coalesce} skips: null, Go zero values, empty arrays and objects. */
    static boolean isEmpty(Value v) {
        return switch (v) {
            case NullValue n -> true;
            case BoolValue b -> !b.value();
            case StringValue s -> s.value().isEmpty();
            case NumberValue n -> n.kind() == NumberValue.Kind.FLOAT ? n.floatValue() == 0 : n.bits() == 0;
            case ArrayValue a -> a.size() == 0;
            case ObjectValue o -> o.fields().isEmpty();
            case CapsuleValue c -> switch (c.value()) {
                case Secret s -> s.value().isEmpty();
                case OptionalSecret o -> o.value().isEmpty() && !o.isSecret();
                default -> false;
            };
            default -> false;
        };
    }
}
