package io.jalloy.loki.process.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Parses timestamps the way {@code stage.timestamp} does: Go's named layouts (RFC3339, ANSIC, ...),
 * the Unix epoch formats, or a custom Go layout; layouts without a year take the current one.
 * Immutable and thread-safe.
 */
public final class TimestampParser {
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("ANSIC", "Mon Jan _2 15:04:05 2006"),
            Map.entry("UnixDate", "Mon Jan _2 15:04:05 MST 2006"),
            Map.entry("RubyDate", "Mon Jan 02 15:04:05 -0700 2006"),
            Map.entry("RFC822", "02 Jan 06 15:04 MST"),
            Map.entry("RFC822Z", "02 Jan 06 15:04 -0700"),
            Map.entry("RFC850", "Monday, 02-Jan-06 15:04:05 MST"),
            Map.entry("RFC1123", "Mon, 02 Jan 2006 15:04:05 MST"),
            Map.entry("RFC1123Z", "Mon, 02 Jan 2006 15:04:05 -0700"),
            Map.entry("RFC3339", "2006-01-02T15:04:05Z07:00"),
            Map.entry("RFC3339Nano", "2006-01-02T15:04:05.999999999Z07:00"));

    private enum Epoch { NONE, SECONDS, MILLIS, MICROS, NANOS }

    private final Epoch epoch;
    private final GoTimeLayout layout;
    private final ZoneId location;
    private final Clock clock;

    /** A parser for {@code format} reading zone-less values in {@code location} (UTC when null). */
    public TimestampParser(String format, ZoneId location, Clock clock) {
        this.location = location == null ? ZoneOffset.UTC : location;
        this.clock = clock;
        this.epoch = switch (format) {
            case "Unix" -> Epoch.SECONDS;
            case "UnixMs" -> Epoch.MILLIS;
            case "UnixUs" -> Epoch.MICROS;
            case "UnixNs" -> Epoch.NANOS;
            default -> Epoch.NONE;
        };
        this.layout = epoch == Epoch.NONE ? GoTimeLayout.compile(NAMED.getOrDefault(format, format)) : null;
    }

    /** Nanoseconds since the epoch, or {@link GoTimeLayout#FAILED}. */
    public long parse(String value) {
        switch (epoch) {
            case SECONDS -> {
                int dot = value.indexOf('.');
                if (dot >= 0 && value.indexOf('.', dot + 1) < 0) {
                    Long sec = parseLong(value.substring(0, dot));
                    String frac = value.substring(dot + 1);
                    if (frac.length() > 9) {
                        frac = frac.substring(0, 9);
                    }
                    Long ns = parseLong((frac + "000000000").substring(0, 9));
                    return sec == null || ns == null ? GoTimeLayout.FAILED : sec * 1_000_000_000L + ns;
                }
                Long sec = parseLong(value);
                return sec == null ? GoTimeLayout.FAILED : sec * 1_000_000_000L;
            }
            case MILLIS -> {
                Long v = parseLong(value);
                return v == null ? GoTimeLayout.FAILED : v * 1_000_000L;
            }
            case MICROS -> {
                Long v = parseLong(value);
                return v == null ? GoTimeLayout.FAILED : v * 1_000L;
            }
            case NANOS -> {
                Long v = parseLong(value);
                return v == null ? GoTimeLayout.FAILED : v;
            }
            default -> {
                if (layout.hasYear()) {
                    return layout.parse(value, location);
                }
                LocalDate now = LocalDate.now(clock.withZone(ZoneOffset.UTC));
                return layout.parse(value, location,
                        m -> m == 12 && now.getMonthValue() == 1 ? now.getYear() - 1 : now.getYear());
            }
        }
    }

    private static Long parseLong(String s) {
        try {
            return Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
