package io.jalloy.syntax.stdlib.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Go's {@code strconv.FormatFloat} for the 'e', 'f' and 'g' formats, exact to the digit: shortest
 * round-trip digits for precision -1, correctly rounded (half to even) digits otherwise.
 */
public final class GoNumbers {
    private GoNumbers() {}

    /** Decimal digits without leading or trailing zeros; the value is 0.d1d2... × 10^dp. */
    private record Digits(String d, int dp) {
        int nd() {
            return d.length();
        }
    }

    /** {@code strconv.FormatFloat(v, fmt, prec, 64)} for fmt in e, E, f, F, g, G. */
    public static String formatFloat(double v, char fmt, int prec) {
        StringBuilder sb = new StringBuilder();
        appendFloat(sb, v, fmt, prec);
        return sb.toString();
    }

    public static void appendFloat(StringBuilder out, double v, char fmt, int prec) {
        if (Double.isNaN(v)) {
            out.append("NaN");
            return;
        }
        boolean neg = (Double.doubleToRawLongBits(v) & Long.MIN_VALUE) != 0;
        if (Double.isInfinite(v)) {
            out.append(neg ? "-Inf" : "+Inf");
            return;
        }
        char lower = Character.toLowerCase(fmt);
        if (lower == 'b' || lower == 'x') {
            binaryExponent(out, v, fmt);
            return;
        }
        double abs = Math.abs(v);
        boolean shortest = prec < 0;
        Digits digs;
        if (shortest) {
            digs = shortestDigits(abs);
            prec = switch (lower) {
                case 'e' -> digs.nd() - 1;
                case 'f' -> Math.max(digs.nd() - digs.dp(), 0);
                default -> digs.nd();
            };
        } else {
            digs = switch (lower) {
                case 'e' -> significant(abs, prec + 1);
                case 'f' -> fixed(abs, prec);
                default -> significant(abs, prec == 0 ? 1 : prec);
            };
            if (lower == 'g' && prec == 0) {
                prec = 1;
            }
        }
        switch (lower) {
            case 'e' -> fmtE(out, neg, digs, prec, fmt);
            case 'f' -> fmtF(out, neg, digs, prec);
            default -> {
                int eprec = prec;
                if (eprec > digs.nd() && digs.nd() >= digs.dp()) {
                    eprec = digs.nd();
                }
                if (shortest) {
                    eprec = 6;
                }
                int exp = digs.dp() - 1;
                if (exp < -4 || exp >= eprec) {
                    if (prec > digs.nd()) {
                        prec = digs.nd();
                    }
                    fmtE(out, neg, digs, prec - 1, fmt == 'G' ? 'E' : 'e');
                } else {
                    if (prec > digs.dp()) {
                        prec = digs.nd();
                    }
                    fmtF(out, neg, digs, Math.max(prec - digs.dp(), 0));
                }
            }
        }
    }

    /** The 'b' (mantissa p exponent) and shortest 'x' (hexadecimal mantissa) formats. */
    private static void binaryExponent(StringBuilder out, double v, char fmt) {
        long bits = Double.doubleToRawLongBits(v);
        boolean neg = bits < 0;
        int exp = (int) (bits >>> 52) & 0x7ff;
        long mant = bits & ((1L << 52) - 1);
        if (exp == 0) {
            exp++;
        } else {
            mant |= 1L << 52;
        }
        exp -= 1023;
        if (neg) {
            out.append('-');
        }
        if (fmt == 'b') {
            exp -= 52;
            out.append(mant).append('p').append(exp >= 0 ? "+" : "").append(exp);
            return;
        }
        if (mant == 0) {
            exp = 0;
        }
        mant <<= 60 - 52;
        while (mant != 0 && (mant & (1L << 60)) == 0) {
            mant <<= 1;
            exp--;
        }
        String hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
        out.append('0').append(fmt).append((char) ('0' + ((mant >>> 60) & 1)));
        mant <<= 4;
        if (mant != 0) {
            out.append('.');
            while (mant != 0) {
                out.append(hex.charAt((int) ((mant >>> 60) & 15)));
                mant <<= 4;
            }
        }
        out.append(fmt == 'X' ? 'P' : 'p').append(exp < 0 ? '-' : '+');
        exp = Math.abs(exp);
        if (exp < 10) {
            out.append('0');
        }
        out.append(exp);
    }

    private static Digits shortestDigits(double abs) {
        if (abs == 0) {
            return new Digits("", 0);
        }
        String s = Double.toString(abs);
        int e = s.indexOf('E');
        int exp = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
        String mant = e < 0 ? s : s.substring(0, e);
        int dot = mant.indexOf('.');
        String intPart = mant.substring(0, dot);
        Digits d = normalise(intPart + mant.substring(dot + 1), intPart.length() + exp);
        return d.nd() == 2 ? oneDigitIfExact(abs, d) : d;
    }

    /**
     * Java may print two digits where one already reads back as the same double (4.9E-324 for
     * what Go prints as 5e-324); Go always takes the shortest, so try the one-digit neighbours.
     */
    private static Digits oneDigitIfExact(double abs, Digits d) {
        int first = d.d().charAt(0) - '0';
        BigDecimal exact = new BigDecimal(abs);
        Digits best = d;
        BigDecimal bestDistance = null;
        for (int candidate : new int[] {first, first + 1}) {
            String digit = candidate == 10 ? "1" : Integer.toString(candidate);
            int dp = candidate == 10 ? d.dp() + 1 : d.dp();
            BigDecimal value = new BigDecimal("0." + digit + "E" + dp);
            if (value.doubleValue() != abs) {
                continue;
            }
            BigDecimal distance = value.subtract(exact).abs();
            if (bestDistance == null || distance.compareTo(bestDistance) < 0) {
                best = new Digits(digit, dp);
                bestDistance = distance;
            }
        }
        return best;
    }

    private static Digits significant(double abs, int n) {
        BigDecimal b = new BigDecimal(abs).round(new MathContext(n, RoundingMode.HALF_EVEN));
        return fromBig(b);
    }

    private static Digits fixed(double abs, int frac) {
        return fromBig(new BigDecimal(abs).setScale(frac, RoundingMode.HALF_EVEN));
    }

    private static Digits fromBig(BigDecimal b) {
        String u = b.unscaledValue().toString();
        return normalise(u, u.length() - b.scale());
    }

    private static Digits normalise(String digits, int dp) {
        int start = 0;
        while (start < digits.length() && digits.charAt(start) == '0') {
            start++;
            dp--;
        }
        int end = digits.length();
        while (end > start && digits.charAt(end - 1) == '0') {
            end--;
        }
        if (start == end) {
            return new Digits("", 0);
        }
        return new Digits(digits.substring(start, end), dp);
    }

    private static void fmtE(StringBuilder out, boolean neg, Digits digs, int prec, char fmt) {
        if (neg) {
            out.append('-');
        }
        out.append(digs.nd() == 0 ? '0' : digs.d().charAt(0));
        if (prec > 0) {
            out.append('.');
            int i = 1;
            int m = Math.min(digs.nd(), prec + 1);
            if (i < m) {
                out.append(digs.d(), i, m);
                i = m;
            }
            for (; i <= prec; i++) {
                out.append('0');
            }
        }
        out.append(fmt);
        int exp = digs.nd() == 0 ? 0 : digs.dp() - 1;
        out.append(exp < 0 ? '-' : '+');
        exp = Math.abs(exp);
        if (exp < 10) {
            out.append('0');
        }
        out.append(exp);
    }

    private static void fmtF(StringBuilder out, boolean neg, Digits digs, int prec) {
        if (neg) {
            out.append('-');
        }
        if (digs.dp() > 0) {
            int m = Math.min(digs.nd(), digs.dp());
            out.append(digs.d(), 0, m);
            for (; m < digs.dp(); m++) {
                out.append('0');
            }
        } else {
            out.append('0');
        }
        if (prec > 0) {
            out.append('.');
            for (int i = 1; i <= prec; i++) {
                int j = digs.dp() + i - 1;
                out.append(j >= 0 && j < digs.nd() ? digs.d().charAt(j) : '0');
            }
        }
    }
}
