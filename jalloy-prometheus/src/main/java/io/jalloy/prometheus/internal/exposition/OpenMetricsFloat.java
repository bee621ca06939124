package io.jalloy.prometheus.internal.exposition;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Formats floats as Prometheus writes {@code le} and {@code quantile} label values: Go's shortest
 * {@code %g}, plus ".0" when the result has neither a dot nor an exponent. A small direct-mapped
 * cache keeps the formatted bytes of recurring bucket bounds, so steady-state scrapes do not
 * allocate; one instance per parser (not thread-safe).
 */
final class OpenMetricsFloat {
    private static final int SIZE = 512;
    private final long[] keys = new long[SIZE];
    private final byte[][] values = new byte[SIZE][];

    /** The formatted bytes of {@code f}, cached. */
    byte[] bytes(double f) {
        long bits = Double.doubleToRawLongBits(f);
        int slot = (int) ((bits * 0x9E3779B97F4A7C15L) >>> 55);
        byte[] v = values[slot];
        if (v != null && keys[slot] == bits) {
            return v;
        }
        v = format(f).getBytes(StandardCharsets.US_ASCII);
        keys[slot] = bits;
        values[slot] = v;
        return v;
    }

    static String format(double f) {
        if (f == 1) {
            return "1.0";
        }
        if (f == 0) {
            return "0.0";
        }
        if (f == -1) {
            return "-1.0";
        }
        if (Double.isNaN(f)) {
            return "NaN";
        }
        if (Double.isInfinite(f)) {
            return f > 0 ? "+Inf" : "-Inf";
        }
        String s = goShortestG(f);
        return s.indexOf('.') >= 0 || s.indexOf('e') >= 0 ? s : s + ".0";
    }

    /** Go's {@code strconv.FormatFloat(f, 'g', -1, 64)} for finite non-zero {@code f}. */
    static String goShortestG(double f) {
        // Since JDK 19 Double.toString yields the shortest digits that round-trip, as Go does.
        BigDecimal bd = new BigDecimal(Double.toString(Math.abs(f))).stripTrailingZeros();
        if (bd.precision() == 2) {
            // Java prints at least two significant digits in some cases where one round-trips.
            BigDecimal one = bd.round(new java.math.MathContext(1, java.math.RoundingMode.HALF_EVEN));
            if (one.doubleValue() == Math.abs(f)) {
                bd = one.stripTrailingZeros();
            }
        }
        String digits = bd.unscaledValue().toString();
        int nd = digits.length();
        int dp = nd - bd.scale();
        int exp = dp - 1;
        StringBuilder sb = new StringBuilder(nd + 8);
        if (f < 0) {
            sb.append('-');
        }
        // Go switches to %e when the exponent is below -4 or at least 6 (shortest precision).
        if (exp < -4 || exp >= 6) {
            sb.append(digits.charAt(0));
            if (nd > 1) {
                sb.append('.').append(digits, 1, nd);
            }
            sb.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                sb.append('0');
            }
            return sb.append(a).toString();
        }
        if (dp <= 0) {
            sb.append("0.");
            sb.append("0".repeat(-dp)).append(digits);
        } else if (dp >= nd) {
            sb.append(digits).append("0".repeat(dp - nd));
        } else {
            sb.append(digits, 0, dp).append('.').append(digits, dp, nd);
        }
        return sb.toString();
    }
}
