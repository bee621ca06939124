package io.jalloy.loki.process.internal;

/** Go's {@code time.ParseDuration} ({@code 1h2m3.5s}, {@code 0.5ms}, {@code -2us}), to nanoseconds. */
public final class GoDuration {
    private GoDuration() {}

    /** The duration in nanoseconds, or {@code Long.MIN_VALUE} when {@code s} is not a Go duration. */
    public static long parseNanos(String s) {
        int i = 0;
        int n = s.length();
        boolean neg = false;
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        if (s.substring(i).equals("0")) {
            return 0;
        }
        if (i == n) {
            return Long.MIN_VALUE;
        }
        double total = 0;
        while (i < n) {
            int start = i;
            while (i < n && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
            if (start == i) {
                return Long.MIN_VALUE;
            }
            double v;
            try {
                v = Double.parseDouble(s.substring(start, i));
            } catch (NumberFormatException e) {
                return Long.MIN_VALUE;
            }
            int u = i;
            while (i < n && !Character.isDigit(s.charAt(i)) && s.charAt(i) != '.') {
                i++;
            }
            double unit = switch (s.substring(u, i)) {
                case "ns" -> 1;
                case "us", "µs", "μs" -> 1e3;
                case "ms" -> 1e6;
                case "s" -> 1e9;
                case "m" -> 60e9;
                case "h" -> 3600e9;
                default -> -1;
            };
            if (unit < 0) {
                return Long.MIN_VALUE;
            }
            total += v * unit;
        }
        return (long) (neg ? -total : total);
    }
}
