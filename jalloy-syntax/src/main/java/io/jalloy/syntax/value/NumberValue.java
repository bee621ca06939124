package io.jalloy.syntax.value;

/**
 * A number, kept as Alloy keeps it: a signed 64-bit integer, an unsigned 64-bit integer (bits in
 * {@code bits}, read unsigned) or a 64-bit float ({@code floatValue}). Arithmetic widens
 * int → uint → float as Alloy does.
 */
public record NumberValue(Kind kind, long bits, double floatValue) implements Value {

    /** The representation of a number. */
    public enum Kind { INT, UINT, FLOAT }

    public static NumberValue ofInt(long v) {
        return new NumberValue(Kind.INT, v, v);
    }

    /** An unsigned integer given by its 64 bits. */
    public static NumberValue ofUint(long bits) {
        return new NumberValue(Kind.UINT, bits, unsignedToDouble(bits));
    }

    public static NumberValue ofFloat(double v) {
        return new NumberValue(Kind.FLOAT, (long) v, v);
    }

    @Override
    public ValueType type() {
        return ValueType.NUMBER;
    }

    /** The value as a double, whatever its kind. */
    public double asDouble() {
        return floatValue;
    }

    private static double unsignedToDouble(long bits) {
        double d = (double) (bits >>> 1) * 2.0;
        return d + (bits & 1);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case INT -> Long.toString(bits);
            case UINT -> Long.toUnsignedString(bits);
            case FLOAT -> Double.toString(floatValue);
        };
    }
}
