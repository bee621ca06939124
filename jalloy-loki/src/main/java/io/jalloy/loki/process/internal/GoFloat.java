package io.jalloy.loki.process.internal;

import java.math.BigDecimal;

/** Go's {@code strconv.FormatFloat(v, 'f', -1, 64)} and JSON number forms. */
public final class GoFloat {
    private GoFloat() {}

    /** The shortest plain decimal form ({@code 1}, {@code 0.5}, {@code 1234567}). */
    public static String format(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "+Inf" : "-Inf";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }
}
