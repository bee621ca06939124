package io.jalloy.syntax.value;

/** {@code true} or {@code false}. */
public enum BoolValue implements Value {
    FALSE,
    TRUE;

    public static BoolValue of(boolean b) {
        return b ? TRUE : FALSE;
    }

    public boolean value() {
        return this == TRUE;
    }

    @Override
    public ValueType type() {
        return ValueType.BOOL;
    }

    @Override
    public String toString() {
        return this == TRUE ? "true" : "false";
    }
}
