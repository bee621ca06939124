package io.jalloy.syntax.value;

/** A string. */
public record StringValue(String value) implements Value {

    public static final StringValue EMPTY = new StringValue("");

    public static StringValue of(String s) {
        return s.isEmpty() ? EMPTY : new StringValue(s);
    }

    @Override
    public ValueType type() {
        return ValueType.STRING;
    }
}
