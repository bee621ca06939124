package io.jalloy.syntax.decode;

import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueException;
import io.jalloy.syntax.value.ValueType;

/**
 * Custom conversion between Alloy values and a Java type, for types such as a discovery target
 * or an enum written as a string. A class opts in with {@code public static ValueCodec<X>
 * alloyCodec()}; the decoder finds it once per class. Implementations must be thread-safe.
 */
public interface ValueCodec<T> {

    /** The Alloy type this Java type stands for (what {@code expected ...} messages name). */
    ValueType alloyType();

    /** Converts a value; a failure's message becomes the diagnostic text, positioned at the value. */
    T decode(Value value) throws ValueException;

    /** Converts back, for exports. */
    Value encode(T value);
}
