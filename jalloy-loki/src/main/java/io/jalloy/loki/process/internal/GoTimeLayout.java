package io.jalloy.loki.process.internal;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import io.jalloy.loki.process.internal.GoLayoutTokens.Element;
import io.jalloy.loki.process.internal.GoLayoutTokens.Kind;
import java.util.List;

/**
 * A Go {@code time.Parse} layout ({@code 2006-01-02T15:04:05Z07:00}) compiled once into its
 * elements, then matched against values without regular expressions. Implements Go's parsing
 * rules: optional fractions after seconds, {@code _2} padding, two-digit years pivoting at 69,
 * {@code Z} for UTC in ISO offsets, zone abbreviations other than UTC/GMT read as offset zero.
 * Immutable and thread-safe.
 */
public final class GoTimeLayout {
    /** {@link #parse}'s result when the value does not match. */
    public static final long FAILED = Long.MIN_VALUE;


    private static final String[] LONG_MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] LONG_DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday"};

    private final Element[] elements;
    private final boolean hasYear;

    private GoTimeLayout(Element[] elements, boolean hasYear) {
        this.elements = elements;
        this.hasYear = hasYear;
    }

    /** Whether the layout names a year ({@code 2006} or {@code 06}). */
    public boolean hasYear() {
        return hasYear;
    }

    /** Compiles a layout; every string is a valid layout in Go (unknown text is literal). */
    public static GoTimeLayout compile(String layout) {
        List<Element> out = GoLayoutTokens.tokenize(layout);
        boolean year = out.stream().anyMatch(e -> e.kind() == Kind.LONG_YEAR || e.kind() == Kind.YEAR);
        return new GoTimeLayout(out.toArray(new Element[0]), year);
    }

    /**
     * Parses {@code value}; returns nanoseconds since the epoch, or {@link #FAILED}. Values without
     * a zone are read in {@code location}.
     */
    public long parse(String value, ZoneId location) {
        return parse(value, location, m -> 0);
    }

    /**
     * Parses {@code value} like {@link #parse(String, ZoneId)}; when the layout has no year, the
     * year is {@code yearForMonth} of the parsed month (Alloy uses the current year, or last year
     * for December lines read in January).
     */
    public long parse(String value, ZoneId location, java.util.function.IntUnaryOperator yearForMonth) {
        int year = 0;
        int month = 1;
        int day = 1;
        int hour = 0;
        int minute = 0;
        int second = 0;
        int nanos = 0;
        int pm = -1; // -1 unset, 0 am, 1 pm
        Integer offset = null;
        int p = 0;
        int n = value.length();
        for (int ei = 0; ei < elements.length; ei++) {
            Element e = elements[ei];
            switch (e.kind()) {
                case LITERAL -> {
                    if (!value.startsWith(e.literal(), p)) {
                        return FAILED;
                    }
                    p += e.literal().length();
                }
                case LONG_YEAR -> {
                    if (p + 4 > n || !allDigits(value, p, p + 4)) {
                        return FAILED;
                    }
                    year = Integer.parseInt(value, p, p + 4, 10);
                    p += 4;
                }
                case YEAR -> {
                    if (p + 2 > n || !allDigits(value, p, p + 2)) {
                        return FAILED;
                    }
                    int y = Integer.parseInt(value, p, p + 2, 10);
                    year = y >= 69 ? 1900 + y : 2000 + y;
                    p += 2;
                }
                case LONG_MONTH, MONTH -> {
                    int m = lookup(value, p, LONG_MONTHS, e.kind() == Kind.MONTH);
                    if (m < 0) {
                        return FAILED;
                    }
                    month = m + 1;
                    p += e.kind() == Kind.MONTH ? 3 : LONG_MONTHS[m].length();
                }
                case LONG_WEEKDAY, WEEKDAY -> {
                    int d = lookup(value, p, LONG_DAYS, e.kind() == Kind.WEEKDAY);
                    if (d < 0) {
                        return FAILED;
                    }
                    p += e.kind() == Kind.WEEKDAY ? 3 : LONG_DAYS[d].length();
                }
                case NUM_MONTH, ZERO_MONTH -> {
                    int end = num(value, p, e.kind() == Kind.ZERO_MONTH);
                    if (end < 0) {
                        return FAILED;
                    }
                    month = Integer.parseInt(value, p, end, 10);
                    if (month < 1 || month > 12) {
                        return FAILED;
                    }
                    p = end;
                }
                case DAY, UNDER_DAY, ZERO_DAY -> {
                    if (e.kind() == Kind.UNDER_DAY && p < n && value.charAt(p) == ' ') {
                        p++;
                    }
                    int end = num(value, p, e.kind() == Kind.ZERO_DAY);
                    if (end < 0) {
                        return FAILED;
                    }
                    day = Integer.parseInt(value, p, end, 10);
                    p = end;
                }
                case UNDER_YEAR_DAY, ZERO_YEAR_DAY -> {
                    while (p < n && value.charAt(p) == ' ' && e.kind() == Kind.UNDER_YEAR_DAY) {
                        p++;
                    }
                    int end = p;
                    while (end < n && end < p + 3 && isDigit(value.charAt(end))) {
                        end++;
                    }
                    if (end == p) {
                        return FAILED;
                    }
                    p = end; // day of year: accepted, not applied
                }
                case HOUR -> {
                    int end = num(value, p, false);
                    if (end < 0) {
                        return FAILED;
                    }
                    hour = Integer.parseInt(value, p, end, 10);
                    if (hour > 23) {
                        return FAILED;
                    }
                    p = end;
                }
                case HOUR12, ZERO_HOUR12 -> {
                    int end = num(value, p, e.kind() == Kind.ZERO_HOUR12);
                    if (end < 0) {
                        return FAILED;
                    }
                    hour = Integer.parseInt(value, p, end, 10);
                    if (hour > 12) {
                        return FAILED;
                    }
                    p = end;
                }
                case MINUTE, ZERO_MINUTE -> {
                    int end = num(value, p, e.kind() == Kind.ZERO_MINUTE);
                    if (end < 0) {
                        return FAILED;
                    }
                    minute = Integer.parseInt(value, p, end, 10);
                    if (minute > 59) {
                        return FAILED;
                    }
                    p = end;
                }
                case SECOND, ZERO_SECOND -> {
                    int end = num(value, p, e.kind() == Kind.ZERO_SECOND);
                    if (end < 0) {
                        return FAILED;
                    }
                    second = Integer.parseInt(value, p, end, 10);
                    if (second > 59) {
                        return FAILED;
                    }
                    p = end;
                    // Go reads a fraction here even when the layout has none, unless one follows.
                    boolean fracNext = ei + 1 < elements.length
                            && (elements[ei + 1].kind() == Kind.FRAC0 || elements[ei + 1].kind() == Kind.FRAC9);
                    if (!fracNext && p + 1 < n && (value.charAt(p) == '.' || value.charAt(p) == ',')
                            && isDigit(value.charAt(p + 1))) {
                        int q = p + 1;
                        while (q < n && isDigit(value.charAt(q))) {
                            q++;
                        }
                        nanos = fraction(value, p + 1, q);
                        p = q;
                    }
                }
                case FRAC0 -> {
                    int end = p + 1 + e.digits();
                    if (end > n || (value.charAt(p) != '.' && value.charAt(p) != ',') || !allDigits(value, p + 1, end)) {
                        return FAILED;
                    }
                    nanos = fraction(value, p + 1, end);
                    p = end;
                }
                case FRAC9 -> {
                    if (p + 1 < n && (value.charAt(p) == '.' || value.charAt(p) == ',') && isDigit(value.charAt(p + 1))) {
                        int q = p + 1;
                        while (q < n && isDigit(value.charAt(q))) {
                            q++;
                        }
                        nanos = fraction(value, p + 1, q);
                        p = q;
                    }
                }
                case PM_UPPER, PM_LOWER -> {
                    if (p + 2 > n) {
                        return FAILED;
                    }
                    String s = value.substring(p, p + 2);
                    String am = e.kind() == Kind.PM_UPPER ? "AM" : "am";
                    String pmText = e.kind() == Kind.PM_UPPER ? "PM" : "pm";
                    if (s.equals(am)) {
                        pm = 0;
                    } else if (s.equals(pmText)) {
                        pm = 1;
                    } else {
                        return FAILED;
                    }
                    p += 2;
                }
                case TZ -> {
                    if (value.startsWith("UTC", p)) {
                        offset = 0;
                        p += 3;
                        break;
                    }
                    int q = p;
                    while (q < n && value.charAt(q) >= 'A' && value.charAt(q) <= 'Z') {
                        q++;
                    }
                    if (q - p < 3) {
                        return FAILED;
                    }
                    offset = 0;
                    p = q;
                }
                case ISO_TZ, ISO_TZ_COLON, ISO_TZ_SHORT, ISO_TZ_SECONDS, ISO_TZ_COLON_SECONDS,
                        NUM_TZ, NUM_TZ_COLON, NUM_TZ_SHORT, NUM_TZ_SECONDS, NUM_TZ_COLON_SECONDS -> {
                    boolean iso = e.kind().name().startsWith("ISO");
                    if (iso && p < n && value.charAt(p) == 'Z') {
                        offset = 0;
                        p++;
                        break;
                    }
                    int end = zone(value, p, e.kind());
                    if (end < 0) {
                        return FAILED;
                    }
                    offset = zoneSeconds(value, p, end);
                    p = end;
                }
                default -> {
                    return FAILED;
                }
            }
        }
        if (p != n) {
            return FAILED;
        }
        if (!hasYear) {
            year = yearForMonth.applyAsInt(month);
        }
        if (pm == 1 && hour < 12) {
            hour += 12;
        } else if (pm == 0 && hour == 12) {
            hour = 0;
        }
        try {
            LocalDateTime t = LocalDateTime.of(year, month, day, hour, minute, second, nanos);
            long seconds = offset != null
                    ? t.toEpochSecond(ZoneOffset.ofTotalSeconds(offset))
                    : t.atZone(location).toEpochSecond();
            return Math.addExact(Math.multiplyExact(seconds, 1_000_000_000L), nanos);
        } catch (DateTimeException | ArithmeticException e) {
            return FAILED;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    // Go's getnum: one or two digits, exactly two when fixed; returns the end or -1.
    private static int num(String s, int p, boolean fixed) {
        int n = s.length();
        if (p >= n || !isDigit(s.charAt(p))) {
            return -1;
        }
        if (p + 1 >= n || !isDigit(s.charAt(p + 1))) {
            return fixed ? -1 : p + 1;
        }
        return p + 2;
    }

    private static int fraction(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < from + 9; i++) {
            v = v * 10 + (i < to ? s.charAt(i) - '0' : 0);
        }
        return v;
    }

    private static int lookup(String s, int p, String[] names, boolean abbreviated) {
        for (int i = 0; i < names.length; i++) {
            String name = abbreviated ? names[i].substring(0, 3) : names[i];
            if (s.regionMatches(true, p, name, 0, name.length())) {
                return i;
            }
        }
        return -1;
    }

    // The end of a numeric zone of the element's shape, or -1.
    private static int zone(String s, int p, Kind k) {
        int n = s.length();
        if (p >= n || (s.charAt(p) != '+' && s.charAt(p) != '-')) {
            return -1;
        }
        String shape = switch (k) {
            case ISO_TZ, NUM_TZ -> "dddd";
            case ISO_TZ_COLON, NUM_TZ_COLON -> "dd:dd";
            case ISO_TZ_SHORT, NUM_TZ_SHORT -> "dd";
            case ISO_TZ_SECONDS, NUM_TZ_SECONDS -> "dddddd";
            default -> "dd:dd:dd";
        };
        int q = p + 1;
        for (int i = 0; i < shape.length(); i++, q++) {
            if (q >= n) {
                return -1;
            }
            char want = shape.charAt(i);
            char c = s.charAt(q);
            if (want == 'd' ? !isDigit(c) : c != want) {
                return -1;
            }
        }
        return q;
    }

    private static int zoneSeconds(String s, int p, int end) {
        int sign = s.charAt(p) == '-' ? -1 : 1;
        int[] parts = new int[3];
        int idx = 0;
        int digits = 0;
        for (int i = p + 1; i < end; i++) {
            char c = s.charAt(i);
            if (c == ':') {
                continue;
            }
            parts[idx] = parts[idx] * 10 + (c - '0');
            if (++digits == 2) {
                idx++;
                digits = 0;
            }
        }
        return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2]);
    }
}
