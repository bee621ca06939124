package io.jalloy.syntax.stdlib.internal;

import io.jalloy.syntax.value.ArrayValue;
import io.jalloy.syntax.value.BoolValue;
import io.jalloy.syntax.value.CapsuleValue;
import io.jalloy.syntax.value.FunctionValue;
import io.jalloy.syntax.value.NullValue;
import io.jalloy.syntax.value.NumberValue;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.OptionalSecret;
import io.jalloy.syntax.value.Secret;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import java.util.TreeMap;

/**
 * Prints one value for one verb as Go's fmt prints the Go value Alloy decodes it to: int, uint64
 * (above int64's range), float64, string, bool, []interface {}, map[string]interface {} with
 * sorted keys, nil; a verb that does not suit the value prints {@code %!verb(type=value)}.
 */
final class GoValuePrinter {
    private final StringBuilder buf;
    private final GoFormatFlags f;
    /** The value being printed, for {@code %!verb(type=value)}. */
    private Value arg;

    GoValuePrinter(StringBuilder buf, GoFormatFlags f) {
        this.buf = buf;
        this.f = f;
    }

    void printArg(Value v, int verb) {
        arg = v;
        if (v instanceof NullValue) {
            if (verb == 'T' || verb == 'v') {
                f.padString(buf, "<nil>");
            } else {
                badVerb(verb);
            }
            return;
        }
        if (verb == 'T') {
            f.fmtS(buf, goTypeName(v));
            return;
        }
        printValue(v, verb, 0);
    }

    private void printValue(Value v, int verb, int depth) {
        if (depth > 0) {
            arg = v;
        }
        switch (v) {
            case NullValue n -> buf.append("<nil>");
            case BoolValue b -> {
                if (verb == 't' || verb == 'v') {
                    f.padString(buf, b.toString());
                } else {
                    badVerb(verb);
                }
            }
            case NumberValue n -> printNumber(n, verb);
            case StringValue s -> printString(s.value(), verb);
            case ArrayValue array -> {
                buf.append('[');
                for (int i = 0; i < array.size(); i++) {
                    if (i > 0) {
                        buf.append(' ');
                    }
                    printValue(array.get(i), verb, depth + 1);
                }
                buf.append(']');
            }
            case ObjectValue object -> {
                buf.append("map[");
                boolean first = true;
                for (var e : new TreeMap<>(object.fields()).entrySet()) {
                    if (!first) {
                        buf.append(' ');
                    }
                    first = false;
                    printValue(StringValue.of(e.getKey()), verb, depth + 1);
                    buf.append(':');
                    printValue(e.getValue(), verb, depth + 1);
                }
                buf.append(']');
            }
            case CapsuleValue c when c.value() instanceof Secret s -> printString(s.value(), verb);
            case CapsuleValue c when c.value() instanceof OptionalSecret o -> {
                // A Go struct {IsSecret bool; Value string}, printed field by field.
                buf.append('{');
                printValue(BoolValue.of(o.isSecret()), verb, depth + 1);
                buf.append(' ');
                printValue(StringValue.of(o.value()), verb, depth + 1);
                buf.append('}');
            }
            case CapsuleValue c -> f.padString(buf, c.toString());
            case FunctionValue fn -> f.padString(buf, fn.toString());
        }
    }

    private void printNumber(NumberValue n, int verb) {
        switch (n.kind()) {
            case FLOAT -> printFloat(n.floatValue(), verb);
            case INT -> printInteger(n.bits(), true, verb);
            case UINT -> printInteger(n.bits(), n.bits() >= 0, verb);
        }
    }

    private void printInteger(long u, boolean signed, int verb) {
        switch (verb) {
            case 'v', 'd' -> f.fmtInteger(buf, u, 10, signed, verb, false);
            case 'b' -> f.fmtInteger(buf, u, 2, signed, verb, false);
            case 'o', 'O' -> f.fmtInteger(buf, u, 8, signed, verb, false);
            case 'x' -> f.fmtInteger(buf, u, 16, signed, verb, false);
            case 'X' -> f.fmtInteger(buf, u, 16, signed, verb, true);
            case 'c' -> f.padString(buf, new String(Character.toChars(toRune(u))));
            case 'q' -> f.padString(buf, GoQuote.quoteRune(toRune(u), f.plus));
            case 'U' -> f.fmtUnicode(buf, u);
            default -> badVerb(verb);
        }
    }

    private static int toRune(long u) {
        if (u < 0 || u > Character.MAX_CODE_POINT || (u >= 0xD800 && u <= 0xDFFF)) {
            return 0xFFFD;
        }
        return (int) u;
    }

    private void printFloat(double v, int verb) {
        switch (verb) {
            case 'v' -> f.fmtFloat(buf, v, 'g', -1);
            case 'g', 'G' -> f.fmtFloat(buf, v, (char) verb, -1);
            case 'b', 'x', 'X' -> f.fmtFloat(buf, v, (char) verb, -1);
            case 'f', 'F' -> f.fmtFloat(buf, v, 'f', 6);
            case 'e', 'E' -> f.fmtFloat(buf, v, (char) verb, 6);
            default -> badVerb(verb);
        }
    }

    private void printString(String s, int verb) {
        switch (verb) {
            case 'v' -> {
                if (f.sharpV) {
                    f.fmtQ(buf, s);
                } else {
                    f.fmtS(buf, s);
                }
            }
            case 's' -> f.fmtS(buf, s);
            case 'x' -> f.fmtSx(buf, s, false);
            case 'X' -> f.fmtSx(buf, s, true);
            case 'q' -> f.fmtQ(buf, s);
            default -> badVerb(verb);
        }
    }

    private void badVerb(int verb) {
        buf.append("%!").appendCodePoint(verb).append('(');
        Value v = arg;
        if (v instanceof NullValue) {
            buf.append("<nil>");
        } else {
            buf.append(goTypeName(v)).append('=');
            printArg(v, 'v');
        }
        buf.append(')');
    }

    /** The Go type a value has once Alloy decodes it into an interface{}. */
    static String goTypeName(Value v) {
        return switch (v) {
            case NullValue n -> "<nil>";
            case BoolValue b -> "bool";
            case NumberValue n -> switch (n.kind()) {
                case FLOAT -> "float64";
                case INT -> "int";
                case UINT -> n.bits() >= 0 ? "int" : "uint64";
            };
            case StringValue s -> "string";
            case ArrayValue a -> "[]interface {}";
            case ObjectValue o -> "map[string]interface {}";
            case CapsuleValue c when c.value() instanceof Secret -> "alloytypes.Secret";
            case CapsuleValue c when c.value() instanceof OptionalSecret -> "alloytypes.OptionalSecret";
            case CapsuleValue c -> c.typeName();
            case FunctionValue fn -> "func";
        };
    }
}
