package io.jalloy.syntax.value;

import io.jalloy.syntax.scanner.Literals;

import java.time.Duration;

/**
 * Go's {@code time.ParseDuration} and {@code time.Duration.String}, with Go's error texts, for
 * attributes such as {@code scrape_interval = "1m30s"}. Durations hold signed 64-bit nanoseconds
 * like Go's. Stateless; safe from any thread.
 */
public final class GoDuration {
    private static final long NS = 1L;
    private static final long US = 1_000L;
    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;
    private static final long M = 60 * S;
    private static final long H = 60 * M;

    private GoDuration() {}

    /** Parses a Go duration such as {@code 300ms}, {@code -1.5h} or {@code 2h45m}. */
    public static Duration parse(String text) throws ValueException {
        return Duration.ofNanos(parseNanos(text));
    }

    /** Parses a Go duration into nanoseconds. */
    public static long parseNanos(String text) throws ValueException {
        String s = text;
        boolean neg = false;
        int i = 0;
        int n = s.length();
        if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            neg = s.charAt(0) == '-';
            i++;
        }
        if (n - i == 1 && s.charAt(i) == '0') {
            return 0;
        }
        if (i == n) {
            throw invalid(text);
        }
        long total = 0;
        try {
            while (i < n) {
                char c = s.charAt(i);
                if (!(c == '.' || isDigit(c))) {
                    throw invalid(text);
                }
                int start = i;
                long v = 0;
                while (i < n && isDigit(s.charAt(i))) {
                    v = Math.addExact(Math.multiplyExact(v, 10), s.charAt(i) - '0');
                    i++;
                }
                boolean pre = i != start;
                long f = 0;
                double scale = 1;
                boolean post = false;
                if (i < n && s.charAt(i) == '.') {
                    i++;
                    int fracStart = i;
                    boolean full = false;
                    while (i < n && isDigit(s.charAt(i))) {
                        // Like Go, digits beyond what fits are dropped rather than rejected.
                        if (!full && f <= (Long.MAX_VALUE - 9) / 10) {
                            f = f * 10 + (s.charAt(i) - '0');
                            scale *= 10;
                        } else {
                            full = true;
                        }
                        i++;
                    }
                    post = i != fracStart;
                }
                if (!pre && !post) {
                    throw invalid(text);
                }
                int unitStart = i;
                while (i < n && s.charAt(i) != '.' && !isDigit(s.charAt(i))) {
                    i++;
                }
                if (unitStart == i) {
                    throw new ValueException("time: missing unit in duration " + Literals.quote(text));
                }
                String unitText = s.substring(unitStart, i);
                long unit = unit(unitText);
                if (unit == 0) {
                    throw new ValueException("time: unknown unit " + Literals.quote(unitText) + " in duration "
                            + Literals.quote(text));
                }
                v = Math.multiplyExact(v, unit);
                if (f > 0) {
                    v = Math.addExact(v, (long) ((double) f * ((double) unit / scale)));
                }
                total = Math.addExact(total, v);
            }
        } catch (ArithmeticException overflow) {
            throw invalid(text);
        }
        return neg ? -total : total;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static long unit(String u) {
        return switch (u) {
            case "ns" -> NS;
            case "us", "\u00b5s", "\u03bcs" -> US;
            case "ms" -> MS;
            case "s" -> S;
            case "m" -> M;
            case "h" -> H;
            default -> 0;
        };
    }

    private static ValueException invalid(String text) {
        return new ValueException("time: invalid duration " + Literals.quote(text));
    }

    /** Go's rendering: {@code 1h30m0s}, {@code 1.5s}, {@code 500ms}, {@code 0s}. */
    public static String format(Duration d) {
        return format(d.toNanos());
    }

    /** Go's rendering of a count of nanoseconds. */
    public static String format(long nanos) {
        if (nanos == 0) {
            return "0s";
        }
        boolean neg = nanos < 0;
        long u = neg ? -nanos : nanos; // unsigned magnitude (MIN_VALUE stays, read as unsigned)
        StringBuilder sb = new StringBuilder();
        if (Long.compareUnsigned(u, S) < 0) {
            // Sub-second: one unit with a fraction.
            int prec;
            String unit;
            if (Long.compareUnsigned(u, US) < 0) {
                return (neg ? "-" : "") + u + "ns";
            } else if (Long.compareUnsigned(u, MS) < 0) {
                prec = 3;
                unit = "\u00b5s";
            } else {
                prec = 6;
                unit = "ms";
            }
            sb.append(fraction(u, prec)).append(unit);
        } else {
            String secs = fraction(u, 9);
            long whole = Long.divideUnsigned(u, S);
            String frac = secs.substring(Long.toUnsignedString(whole).length());
            long seconds = Long.remainderUnsigned(whole, 60);
            long minutesTotal = Long.divideUnsigned(whole, 60);
            sb.append(seconds).append(frac).append('s');
            if (minutesTotal > 0) {
                long minutes = minutesTotal % 60;
                long hours = minutesTotal / 60;
                sb.insert(0, minutes + "m");
                if (hours > 0) {
                    sb.insert(0, hours + "h");
                }
            }
        }
        if (neg) {
            sb.insert(0, '-');
        }
        return sb.toString();
    }

    // The unsigned value divided by 10^prec, without trailing zeros in the fraction (Go's fmtFrac + fmtInt).
    private static String fraction(long u, int prec) {
        long pow = 1;
        for (int i = 0; i < prec; i++) {
            pow *= 10;
        }
        long whole = Long.divideUnsigned(u, pow);
        long frac = Long.remainderUnsigned(u, pow);
        StringBuilder sb = new StringBuilder(Long.toUnsignedString(whole));
        if (frac != 0) {
            String digits = Long.toString(frac);
            StringBuilder f = new StringBuilder();
            for (int i = digits.length(); i < prec; i++) {
                f.append('0');
            }
            f.append(digits);
            int end = f.length();
            while (end > 0 && f.charAt(end - 1) == '0') {
                end--;
            }
            sb.append('.').append(f, 0, end);
        }
        return sb.toString();
    }
}
