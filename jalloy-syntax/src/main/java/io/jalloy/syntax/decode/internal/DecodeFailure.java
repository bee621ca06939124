package io.jalloy.syntax.decode.internal;

import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A value that could not be decoded, with the path (array indexes and object keys) from the
 * decoded value down to the offending part, so the error can point at the right expression.
 */
public final class DecodeFailure extends Exception {
    private final Deque<Object> path = new ArrayDeque<>();
    private final transient Value offending;

    public DecodeFailure(String message, Value offending) {
        super(message, null, false, false);
        this.offending = offending;
    }

    public static DecodeFailure of(ValueException e, Value offending) {
        return new DecodeFailure(e.getMessage(), offending);
    }

    /** Records that the failure happened inside element {@code index} of an array. */
    public DecodeFailure inElement(int index) {
        path.addFirst(index);
        return this;
    }

    /** Records that the failure happened inside key {@code key} of an object. */
    public DecodeFailure inKey(String key) {
        path.addFirst(key);
        return this;
    }

    /** Steps from the outer value inwards: {@code Integer} indexes and {@code String} keys. */
    public Deque<Object> path() {
        return path;
    }

    /** The part of the value that was wrong. */
    public Value offending() {
        return offending;
    }

    /** The failure as a value exception (for callers outside a source file). */
    public ValueException toValueException() {
        return new ValueException(getMessage());
    }
}
