package io.jalloy.syntax.stdlib.internal;

import io.jalloy.syntax.value.NullValue;
import io.jalloy.syntax.value.NumberValue;
import io.jalloy.syntax.value.Value;
import java.util.List;

/**
 * Go's {@code fmt.Sprintf} over Alloy values, as {@code string.format} runs it. This class reads
 * the format (flags, {@code [n]} argument indexes, {@code *} widths and precisions) and reports
 * misuse inline as Go does ({@code %!d(MISSING)}, {@code %!d(BADINDEX)}, {@code %!(NOVERB)},
 * {@code %!(EXTRA int=1)}); {@link GoValuePrinter} prints each value. One instance per call.
 */
public final class GoFormat {
    private static final int TOO_LARGE = 1_000_000;

    private final StringBuilder buf = new StringBuilder();
    private final GoFormatFlags f = new GoFormatFlags();
    private final GoValuePrinter printer = new GoValuePrinter(buf, f);
    private final String format;
    private final List<Value> args;
    private final int end;
    private int i;
    private int argNum;
    private boolean afterIndex;
    private boolean goodArgNum;
    private boolean reordered;

    private GoFormat(String format, List<Value> args) {
        this.format = format;
        this.args = args;
        this.end = format.length();
    }

    /** Formats {@code args} according to {@code format}. */
    public static String sprintf(String format, List<Value> args) {
        GoFormat p = new GoFormat(format, args);
        p.run();
        return p.buf.toString();
    }

    private void run() {
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
            if (simpleVerb()) {
                continue;
            }
            if (!directive()) {
                break;
            }
        }
        if (!reordered && argNum < args.size()) {
            extra();
        }
    }

    /** Reads flags; prints and returns true when a lower-case verb follows them directly. */
    private boolean simpleVerb() {
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
                    if (c >= 'a' && c <= 'z' && argNum < args.size()) {
                        print(c);
                        i++;
                        return true;
                    }
                    return false;
                }
            }
        }
        return false;
    }

    /** The rest of a directive: index, width, precision, verb. False when the format ends early. */
    private boolean directive() {
        argNumber();
        if (i < end && format.charAt(i) == '*') {
            i++;
            f.wid = intFromArg();
            f.widPresent = f.wid != Integer.MIN_VALUE;
            if (!f.widPresent) {
                f.wid = 0;
                buf.append("%!(BADWIDTH)");
            }
            if (f.wid < 0) {
                f.wid = -f.wid;
                f.minus = true;
                f.zero = false;
            }
            afterIndex = false;
        } else {
            f.wid = parseNum(format, i, end);
            f.widPresent = f.wid >= 0;
            if (!f.widPresent) {
                f.wid = 0;
            }
            if (afterIndex && f.widPresent) {
                goodArgNum = false;
            }
        }
        if (i + 1 < end && format.charAt(i) == '.') {
            i++;
            if (afterIndex) {
                goodArgNum = false;
            }
            argNumber();
            if (i < end && format.charAt(i) == '*') {
                i++;
                f.prec = intFromArg();
                f.precPresent = f.prec != Integer.MIN_VALUE && f.prec >= 0;
                if (!f.precPresent) {
                    f.prec = 0;
                    buf.append("%!(BADPREC)");
                }
                afterIndex = false;
            } else {
                f.prec = Math.max(parseNum(format, i, end), 0);
                f.precPresent = true;
            }
        }
        if (!afterIndex) {
            argNumber();
        }
        if (i >= end) {
            buf.append("%!(NOVERB)");
            return false;
        }
        int verb = format.codePointAt(i);
        i += Character.charCount(verb);
        if (verb == '%') {
            buf.append('%');
        } else if (!goodArgNum) {
            buf.append("%!").appendCodePoint(verb).append("(BADINDEX)");
        } else if (argNum >= args.size()) {
            buf.append("%!").appendCodePoint(verb).append("(MISSING)");
        } else {
            print(verb);
        }
        return true;
    }

    private void print(int verb) {
        if (verb == 'v') {
            f.sharpV = f.sharp;
            f.sharp = false;
            f.plus = false;
        }
        printer.printArg(args.get(argNum), verb);
        argNum++;
    }

    private void extra() {
        f.clear();
        buf.append("%!(EXTRA ");
        for (int k = argNum; k < args.size(); k++) {
            if (k > argNum) {
                buf.append(", ");
            }
            Value v = args.get(k);
            if (v instanceof NullValue) {
                buf.append("<nil>");
            } else {
                buf.append(GoValuePrinter.goTypeName(v)).append('=');
                printer.printArg(v, 'v');
            }
        }
        buf.append(')');
    }

    /** An explicit {@code [n]} argument index at i, if any; sets argNum, afterIndex and goodArgNum. */
    private void argNumber() {
        afterIndex = false;
        if (i >= end || format.charAt(i) != '[') {
            return;
        }
        reordered = true;
        int width = 1;
        int index = -1;
        boolean ok = false;
        if (end - i >= 3) {
            for (int k = i + 1; k < end; k++) {
                if (format.charAt(k) == ']') {
                    width = k - i + 1;
                    int n = parseNumOnly(format, i + 1, k);
                    if (n >= 0) {
                        index = n - 1;
                        ok = true;
                    }
                    break;
                }
            }
        }
        i += width;
        if (ok && index >= 0 && index < args.size()) {
            argNum = index;
            afterIndex = true;
            return;
        }
        goodArgNum = false;
        afterIndex = ok;
    }

    /** Go's parsenum at i: the decimal number there (advancing i), or -1 when there is none. */
    private int parseNum(String s, int start, int limit) {
        int num = 0;
        boolean isNum = false;
        int k = start;
        for (; k < limit && s.charAt(k) >= '0' && s.charAt(k) <= '9'; k++) {
            if (num > TOO_LARGE) {
                i = limit;
                return -1;
            }
            num = num * 10 + (s.charAt(k) - '0');
            isNum = true;
        }
        i = k;
        return isNum ? num : -1;
    }

    /** A number filling exactly [start, limit), or -1. */
    private static int parseNumOnly(String s, int start, int limit) {
        if (start >= limit) {
            return -1;
        }
        int num = 0;
        for (int k = start; k < limit; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9' || num > TOO_LARGE) {
                return -1;
            }
            num = num * 10 + (c - '0');
        }
        return num;
    }

    /** The integer argument a {@code *} consumes, or Integer.MIN_VALUE when it is not one. */
    private int intFromArg() {
        int num = Integer.MIN_VALUE;
        if (argNum < args.size()) {
            if (args.get(argNum) instanceof NumberValue n && n.kind() != NumberValue.Kind.FLOAT) {
                long v = n.bits();
                boolean fits = !(n.kind() == NumberValue.Kind.UINT && v < 0) && v <= TOO_LARGE && v >= -TOO_LARGE;
                if (fits) {
                    num = (int) v;
                }
            }
            argNum++;
        }
        return num;
    }
}
