package io.jalloy.common.relabel;

import io.jalloy.syntax.decode.ValueCodec;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueException;
import io.jalloy.syntax.value.ValueType;
import java.util.function.Function;

/** A Java type written in Alloy as a string, parsed (and checked) while decoding. Thread-safe. */
final class StringCodec<T> implements ValueCodec<T> {

    /** Parses the text of a string value; a failure's message becomes the diagnostic. */
    @FunctionalInterface
    interface Parser<T> {
        T parse(String text) throws ValueException;
    }

    private final Parser<T> parser;
    private final Function<T, String> text;

    StringCodec(Parser<T> parser, Function<T, String> text) {
        this.parser = parser;
        this.text = text;
    }

    @Override
    public ValueType alloyType() {
        return ValueType.STRING;
    }

    @Override
    public T decode(Value value) throws ValueException {
        if (!(value instanceof StringValue s)) {
            throw ValueException.typeMismatch(ValueType.STRING, value);
        }
        return parser.parse(s.value());
    }

    @Override
    public Value encode(T value) {
        return new StringValue(text.apply(value));
    }
}
