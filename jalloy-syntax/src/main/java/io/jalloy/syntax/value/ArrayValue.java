package io.jalloy.syntax.value;

import java.util.List;

/** An ordered list of values. */
public record ArrayValue(List<Value> elements) implements Value {

    public static final ArrayValue EMPTY = new ArrayValue(List.of());

    public ArrayValue {
        elements = List.copyOf(elements);
    }

    public static ArrayValue of(Value... elements) {
        return new ArrayValue(List.of(elements));
    }

    public int size() {
        return elements.size();
    }

    public Value get(int i) {
        return elements.get(i);
    }

    @Override
    public ValueType type() {
        return ValueType.ARRAY;
    }
}
