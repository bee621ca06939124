package io.jalloy.syntax.value;

/**
 * An Alloy value. Values are immutable and safe to share between threads; arrays and objects
 * hold unmodifiable collections.
 */
public sealed interface Value
        permits NullValue, NumberValue, StringValue, BoolValue, ArrayValue, ObjectValue, FunctionValue,
                CapsuleValue {

    /** The type Alloy reports for this value in messages such as "expected string, got number". */
    ValueType type();

    /** The shared null value. */
    static NullValue nil() {
        return NullValue.INSTANCE;
    }
}
