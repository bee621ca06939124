package io.jalloy.syntax.value;

/**
 * A failure of an operation on values (type mismatch, bad argument). {@code argIndex} names the
 * function argument at fault, or -1; the evaluator adds the source position. A type mismatch also
 * carries the {@link #expected()} type, so the evaluator can word it as Alloy does
 * ({@code "x" should be number, got string}) while the plain message stays
 * {@code expected number, got string}.
 */
public final class ValueException extends Exception {
    private final int argIndex;
    private final ValueType expected;

    public ValueException(String message) {
        this(message, -1);
    }

    public ValueException(String message, int argIndex) {
        this(message, argIndex, null);
    }

    private ValueException(String message, int argIndex, ValueType expected) {
        super(message, null, false, false);
        this.argIndex = argIndex;
        this.expected = expected;
    }

    /** Alloy's type error: {@code expected <expected>, got <type of actual>}. */
    public static ValueException typeMismatch(ValueType expected, Value actual) {
        return typeMismatch(expected, actual, -1);
    }

    /** A type error blamed on function argument {@code argIndex}. */
    public static ValueException typeMismatch(ValueType expected, Value actual, int argIndex) {
        return new ValueException("expected " + expected + ", got " + actual.type(), argIndex, expected);
    }

    /** This failure blamed on function argument {@code index}. */
    public ValueException atArgument(int index) {
        return new ValueException(getMessage(), index, expected);
    }

    public int argIndex() {
        return argIndex;
    }

    /** The type that was wanted when this is a type mismatch, else null. */
    public ValueType expected() {
        return expected;
    }
}
