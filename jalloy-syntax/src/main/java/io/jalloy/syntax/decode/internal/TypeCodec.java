package io.jalloy.syntax.decode.internal;

import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueType;

/**
 * Decodes values into one Java type and encodes them back. Built once per type and cached;
 * immutable, so shared by all threads.
 */
public interface TypeCodec {

    /** The Alloy type the Java type maps to. */
    ValueType alloyType();

    /** The Java value for a non-null Alloy value. */
    Object decode(Value v) throws DecodeFailure;

    /** The Java value for Alloy's null, and for an absent optional field without a default. */
    Object zero();

    /** The Alloy value of a Java value (null gives Alloy null). */
    Value encode(Object o);

    /** Decodes, mapping Alloy null to {@link #zero()}. */
    default Object decodeOrZero(Value v) throws DecodeFailure {
        return v instanceof io.jalloy.syntax.value.NullValue ? zero() : decode(v);
    }
}
