package io.jalloy.runtime.render;

import java.time.Duration;

/** Formats a duration as Go's {@code time.Duration.String} does ({@code 1m0s}, {@code 1.5ms}), which is how Alloy shows durations. */
public final class GoDuration {

    private GoDuration() {}

    public static String format(Duration d) {
        long nanos;
        try {
            nanos = d.toNanos();
        } catch (ArithmeticException e) {
            return d.toString(); // beyond Go's ±292 years; cannot occur in an Alloy value
        }
        if (nanos == 0) {
            return "0s";
        }
        StringBuilder sb = new StringBuilder();
        boolean negative = nanos < 0;
        long u = Math.abs(nanos); // Long.MIN_VALUE cannot come from a Duration within toNanos range
        if (u < 1_000_000_000L) {
            if (u < 1_000L) {
                sb.append(u).append("ns");
            } else if (u < 1_000_000L) {
                fraction(sb, u, 1_000L).append("µs");
            } else {
                fraction(sb, u, 1_000_000L).append("ms");
            }
        } else {
            long hours = u / 3_600_000_000_000L;
            long rest = u % 3_600_000_000_000L;
            long minutes = rest / 60_000_000_000L;
            long secNanos = rest % 60_000_000_000L;
            if (hours > 0) {
                sb.append(hours).append('h');
            }
            if (hours > 0 || minutes > 0) {
                sb.append(minutes).append('m');
            }
            fraction(sb, secNanos, 1_000_000_000L).append('s');
        }
        return negative ? "-" + sb : sb.toString();
    }

    /** Appends {@code value / unit} with the fraction's trailing zeros removed. */
    private static StringBuilder fraction(StringBuilder sb, long value, long unit) {
        sb.append(value / unit);
        long frac = value % unit;
        if (frac != 0) {
            String digits = Long.toString(frac + unit).substring(1); // zero-padded to the unit's width
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            sb.append('.').append(digits, 0, end);
        }
        return sb;
    }
}
