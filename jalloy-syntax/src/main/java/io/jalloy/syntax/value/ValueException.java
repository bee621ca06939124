package io.jalloy.syntax.value;

/**
 * A failure of an operation on values (type mismatch, bad argument). {@code argIndex} names the
 * function argument at fault, or -1; the evaluator adds the source position.
 */
public final class ValueException extends Exception {
    private final int argIndex;

    public ValueException(String message) {
        this(message, -1);
    }

    public ValueException(String message, int argIndex) {
        super(message, null, false, false);
        this.argIndex = argIndex;
    }

    public int argIndex() {
        return argIndex;
    }
}
