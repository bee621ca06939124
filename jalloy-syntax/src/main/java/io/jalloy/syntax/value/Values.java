package io.jalloy.syntax.value;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * Alloy's rules for values: equality, number widening (int64 → uint64 → float64 by precedence
 * uint &lt; int &lt; float, as Alloy picks the wider kind) and the implicit conversions Alloy makes
 * while decoding (number ↔ string). Stateless; safe from any thread.
 */
public final class Values {
    private static final double TWO_63 = 0x1p63;

    private Values() {}

    /** The kind two numbers are combined in: the one with the higher precedence (uint, int, float). */
    public static NumberValue.Kind fit(NumberValue.Kind a, NumberValue.Kind b) {
        return precedence(a) > precedence(b) ? a : b;
    }

    private static int precedence(NumberValue.Kind k) {
        return switch (k) {
            case UINT -> 0;
            case INT -> 1;
            case FLOAT -> 2;
        };
    }

    /** The number as a signed 64-bit integer (Go's {@code int64(x)}; floats truncate). */
    public static long asInt(NumberValue n) {
        return n.kind() == NumberValue.Kind.FLOAT ? (long) n.floatValue() : n.bits();
    }

    /** The number's 64 bits read as unsigned (Go's {@code uint64(x)}; floats truncate). */
    public static long asUint(NumberValue n) {
        if (n.kind() != NumberValue.Kind.FLOAT) {
            return n.bits();
        }
        double d = n.floatValue();
        return d >= TWO_63 ? (long) (d - TWO_63) + Long.MIN_VALUE : (long) d;
    }

    /** The number as a 64-bit float. */
    public static double asFloat(NumberValue n) {
        return n.floatValue();
    }

    /** Go's rendering of a number: decimal integers, floats in shortest plain form ({@code 0.9}, {@code 24}). */
    public static String numberToString(NumberValue n) {
        return switch (n.kind()) {
            case INT -> Long.toString(n.bits());
            case UINT -> Long.toUnsignedString(n.bits());
            case FLOAT -> formatFloat(n.floatValue());
        };
    }

    /** Go's {@code strconv.FormatFloat(f, 'f', -1, 64)}. */
    public static String formatFloat(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "+Inf" : "-Inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0" : "0";
        }
        String plain = new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
        return plain;
    }

    /** Alloy's {@code ==}: same type and equal contents; numbers compare across kinds; functions never equal. */
    public static boolean equal(Value a, Value b) {
        if (a.type() != b.type()) {
            return false;
        }
        return switch (a) {
            case NullValue n -> true;
            case NumberValue x -> numbersEqual(x, (NumberValue) b);
            case StringValue s -> s.value().equals(((StringValue) b).value());
            case BoolValue v -> v == b;
            case ArrayValue x -> arraysEqual(x, (ArrayValue) b);
            case ObjectValue x -> objectsEqual(x, (ObjectValue) b);
            case FunctionValue f -> false;
            case CapsuleValue c -> Objects.equals(c.value(), ((CapsuleValue) b).value());
        };
    }

    private static boolean numbersEqual(NumberValue x, NumberValue y) {
        return switch (fit(x.kind(), y.kind())) {
            case UINT, INT -> asInt(x) == asInt(y);
            case FLOAT -> asFloat(x) == asFloat(y);
        };
    }

    private static boolean arraysEqual(ArrayValue x, ArrayValue y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (!equal(x.get(i), y.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean objectsEqual(ObjectValue x, ObjectValue y) {
        if (x.fields().size() != y.fields().size()) {
            return false;
        }
        for (Map.Entry<String, Value> e : x.fields().entrySet()) {
            Value other = y.get(e.getKey());
            if (other == null || !equal(e.getValue(), other)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Converts a value to another type as Alloy does when decoding: numbers become their decimal
     * text, strings that hold a number become numbers; anything else fails with
     * {@code expected <to>, got <type>}.
     */
    public static Value convert(Value v, ValueType to) throws ValueException {
        if (v.type() == to) {
            return v;
        }
        if (v instanceof NumberValue n && to == ValueType.STRING) {
            return StringValue.of(numberToString(n));
        }
        if (v instanceof StringValue s && to == ValueType.NUMBER) {
            NumberValue n = parseNumber(s.value());
            if (n != null) {
                return n;
            }
        }
        throw ValueException.typeMismatch(to, v);
    }

    // Alloy's string → number: a leading '-' parses as int64, '.', 'e' or 'E' as float64, else uint64.
    private static NumberValue parseNumber(String s) {
        if (s.isEmpty()) {
            return null;
        }
        try {
            if (s.charAt(0) == '-') {
                return decimalDigits(s, 1) ? NumberValue.ofInt(Long.parseLong(s)) : null;
            }
            if (s.indexOf('.') >= 0 || s.indexOf('e') >= 0 || s.indexOf('E') >= 0) {
                return decimalFloat(s) ? finite(Double.parseDouble(s)) : null;
            }
            return decimalDigits(s, 0) ? NumberValue.ofUint(Long.parseUnsignedLong(s)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static NumberValue finite(double d) {
        return Double.isInfinite(d) ? null : NumberValue.ofFloat(d);
    }

    // The plain decimal float syntax Go accepts: [+-] digits [. digits] [(e|E) [+-] digits].
    private static boolean decimalFloat(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            return decimalDigits(s, i);
        }
        return i == n;
    }

    private static boolean decimalDigits(String s, int from) {
        if (from >= s.length()) {
            return false;
        }
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
