package io.jalloy.prometheus.scrape.internal;

import io.jalloy.syntax.value.ValueException;

/**
 * Prometheus's duration syntax ({@code 1h30m}, {@code 15s}, {@code 500ms}; units y w d h m s ms,
 * each at most once, largest first), as used in {@code __scrape_interval__} labels.
 */
final class PromDuration {
    private static final String[] UNITS = {"y", "w", "d", "h", "m", "s", "ms"};
    private static final long[] MILLIS = {365L * 86_400_000, 7L * 86_400_000, 86_400_000, 3_600_000, 60_000, 1000, 1};

    private PromDuration() {}

    static long parseMillis(String text) throws ValueException {
        if (text.equals("0")) {
            return 0;
        }
        if (text.isEmpty()) {
            throw new ValueException("empty duration string");
        }
        long total = 0;
        int i = 0;
        int lastUnit = -1;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
            }
            if (i == start) {
                throw new ValueException("not a valid duration string: \"" + text + "\"");
            }
            long n = Long.parseLong(text.substring(start, i));
            int unitStart = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            String unit = text.substring(unitStart, i);
            int u = -1;
            for (int k = 0; k < UNITS.length; k++) {
                if (UNITS[k].equals(unit)) {
                    u = k;
                }
            }
            if (u <= lastUnit) {
                throw new ValueException("not a valid duration string: \"" + text + "\"");
            }
            lastUnit = u;
            total += n * MILLIS[u];
        }
        return total;
    }
}
