package io.jalloy.loki.process.stages;

/** Conversions of extracted values, matching Alloy's {@code getString}. */
public final class Values {
    private Values() {}

    /**
     * The value as a string: strings as they are, numbers in Go's shortest plain form
     * ({@code 1}, {@code 0.5}), booleans as {@code true}/{@code false}, null as {@code ""}.
     * Alloy cannot convert a null (a JSON null) at all, so stages check for it and skip the value.
     */
    public static String asString(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return formatFloat(d);
        }
        if (v instanceof Float f) {
            return formatFloat(f.doubleValue());
        }
        return v.toString();
    }

    /** Go's {@code strconv.FormatFloat(v, 'f', -1, 64)}. */
    public static String formatFloat(double d) {
        return io.jalloy.loki.process.internal.GoFloat.format(d);
    }
}
