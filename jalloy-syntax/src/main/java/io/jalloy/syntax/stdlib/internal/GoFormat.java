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
import java.util.List;
import java.util.TreeMap;

/**
 * Go's {@code fmt.Sprintf} over Alloy values, as {@code string.format} runs it: each value is
 * seen as the Go type Alloy decodes it to (int, uint64, float64, string, bool, []interface {},
 * map[string]interface {}, nil), and mistakes print inline ({@code %!d(string=a)},
 * {@code %!d(MISSING)}, {@code %!(EXTRA int=1)}) rather than failing. Not thread-safe; one
 * instance per call.
 */
public final class GoFormat {
    private final StringBuilder buf = new StringBuilder();
    private final GoFormatFlags f = new GoFormatFlags();
    private boolean goodArgNum;
    private boolean reordered;
    /** The value being printed, for {@code %!verb(type=value)}. */
    private Value arg;

    private GoFormat() {}

    /** Formats {@code args} according to {@code format}. */
    public static String sprintf(String format, List<Value> args) {
        GoFormat p = new GoFormat();
        p.doPrintf(format, args);
        return p.buf.toString();
    }

    private void doPrintf(String format, List<Value> a) {
        int end = format.length();
        int argNum = 0;
        boolean afterIndex;
        int i = 0;
        formatLoop:
        while (i < end) {
            goodArgNum = true;
            int lasti = i;
            while (i < end && format.charAt(i) != '%') {
                i++;
            }
            if (i > lasti) {
                buf.append(format, lasti, i);
            }
            if (i >= end) {
                break;
            }
            i++;
            f.clear();
            simple:
            for (; i < end; i++) {
                char c = format.charAt(i);
                switch (c) {
                    case '#' -> f.sharp = true;
                    case '0' -> f.zero = !f.minus;
                    case '+' -> f.plus = true;
                    case '-' -> {
                        f.minus = true;
                        f.zero = false;
                    }
                    case ' ' -> f.space = true;
                    default -> {
                        if (c >= 'a' && c <= 'z' && argNum < a.size()) {
                            if (c == 'v') {
                                f.sharpV = f.sharp;
                                f.sharp = false;
                                f.plus = false;
                            }
                            printArg(a.get(argNum), c);
                            argNum++;
                            i++;
                            continue formatLoop;
                        }
                        break simple;
                    }
                }
            }
            long r = argNumber(argNum, format, i, a.size());
            argNum = (int) (r >> 32);
            i = (int) r & 0x7fffffff;
            afterIndex = lastIndexOk;
            if (i < end && format.charAt(i) == '*') {
                i++;
                argNum = intFromArg(a, argNum, true);
                if (!f.widPresent) {
                    buf.append("%!(BADWIDTH)");
                }
                if (f.wid < 0) {
                    f.wid = -f.wid;
                    f.minus = true;
                    f.zero = false;
                }
                afterIndex = false;
            } else {
                i = parseNum(format, i, end);
                f.wid = parsedNum;
                f.widPresent = parsedOk;
                if (afterIndex && f.widPresent) {
                    goodArgNum = false;
                }
            }
            if (i + 1 < end && format.charAt(i) == '.') {
                i++;
                if (afterIndex) {
                    goodArgNum = false;
                }
                r = argNumber(argNum, format, i, a.size());
                argNum = (int) (r >> 32);
                i = (int) r & 0x7fffffff;
                afterIndex = lastIndexOk;
                if (i < end && format.charAt(i) == '*') {
                    i++;
                    argNum = intFromArg(a, argNum, false);
                    if (f.prec < 0) {
                        f.prec = 0;
                        f.precPresent = false;
                    }
                    if (!f.precPresent) {
                        buf.append("%!(BADPREC)");
                    }
                    afterIndex = false;
                } else {
                    i = parseNum(format, i, end);
                    f.prec = parsedNum;
                    f.precPresent = true;
                    if (!parsedOk) {
                        f.prec = 0;
                    }
                }
            }
            if (!afterIndex) {
                r = argNumber(argNum, format, i, a.size());
                argNum = (int) (r >> 32);
                i = (int) r & 0x7fffffff;
            }
            if (i >= end) {
                buf.append("%!(NOVERB)");
                break;
            }
            int verb = format.codePointAt(i);
            i += Character.charCount(verb);
            if (verb == '%') {
                buf.append('%');
            } else if (!goodArgNum) {
                buf.append("%!").appendCodePoint(verb).append("(BADINDEX)");
            } else if (argNum >= a.size()) {
                buf.append("%!").appendCodePoint(verb).append("(MISSING)");
            } else {
                if (verb == 'v') {
                    f.sharpV = f.sharp;
                    f.sharp = false;
                    f.plus = false;
                }
                printArg(a.get(argNum), verb);
                argNum++;
            }
        }
        if (!reordered && argNum < a.size()) {
            f.clear();
            buf.append("%!(EXTRA ");
            for (int k = argNum; k < a.size(); k++) {
                if (k > argNum) {
                    buf.append(", ");
                }
                Value v = a.get(k);
                if (v instanceof NullValue) {
                    buf.append("<nil>");
                } else {
                    buf.append(goTypeName(v)).append('=');
                    printArg(v, 'v');
                }
            }
            buf.append(')');
        }
    }

    private boolean lastIndexOk;
    private int parsedNum;
    private boolean parsedOk;

    /** Returns argNum in the high half and the new index in the low half; sets lastIndexOk. */
    private long argNumber(int argNum, String format, int i, int numArgs) {
        lastIndexOk = false;
        if (format.length() <= i || format.charAt(i) != '[') {
            return pack(argNum, i);
        }
        reordered = true;
        String rest = format.substring(i);
        int index = 0;
        int wid = 1;
        boolean ok = false;
        if (rest.length() >= 3) {
            for (int k = 1; k < rest.length(); k++) {
                if (rest.charAt(k) == ']') {
                    int newi = parseNum(rest, 1, k);
                    if (!parsedOk || newi != k) {
                        wid = k + 1;
                    } else {
                        index = parsedNum - 1;
                        wid = k + 1;
                        ok = true;
                    }
                    break;
                }
            }
        }
        if (ok && index >= 0 && index < numArgs) {
            lastIndexOk = true;
            return pack(index, i + wid);
        }
        goodArgNum = false;
        lastIndexOk = ok;
        return pack(argNum, i + wid);
    }

    private static long pack(int hi, int lo) {
        return ((long) hi << 32) | (lo & 0xffffffffL);
    }

    private int parseNum(String s, int start, int end) {
        parsedNum = 0;
        parsedOk = false;
        if (start >= end) {
            return end;
        }
        int i = start;
        for (; i < end && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
            if (parsedNum > 1_000_000) {
                parsedNum = 0;
                parsedOk = false;
                return end;
            }
            parsedNum = parsedNum * 10 + (s.charAt(i) - '0');
            parsedOk = true;
        }
        return i;
    }

    private int intFromArg(List<Value> a, int argNum, boolean width) {
        int num = 0;
        boolean isInt = false;
        if (argNum < a.size()) {
            if (a.get(argNum) instanceof NumberValue n && n.kind() != NumberValue.Kind.FLOAT) {
                long v = n.bits();
                if (n.kind() == NumberValue.Kind.UINT && v < 0) {
                    isInt = false;
                } else if (v > 1_000_000 || v < -1_000_000) {
                    isInt = false;
                } else {
                    num = (int) v;
                    isInt = true;
                }
            }
            argNum++;
        }
        if (width) {
            f.wid = num;
            f.widPresent = isInt;
        } else {
            f.prec = num;
            f.precPresent = isInt;
        }
        return argNum;
    }

    private void printArg(Value v, int verb) {
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
                buf.append('{');
                printString(o.value(), verb);
                buf.append(' ');
                printValue(BoolValue.of(o.isSecret()), verb, depth + 1);
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
            case 'b', 'x', 'X' -> f.fmtFloat(buf, v, 'g', -1);
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
