package io.jalloy.syntax.value;

/** Alloy's {@code null}. */
public enum NullValue implements Value {
    INSTANCE;

    @Override
    public ValueType type() {
        return ValueType.NULL;
    }

    @Override
    public String toString() {
        return "null";
    }
}
