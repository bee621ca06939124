package io.jalloy.common.labels;

/**
 * Prometheus's rules for label names: the legacy charset {@code [a-zA-Z_][a-zA-Z0-9_]*}, the
 * UTF-8 rule that Prometheus 3 (and Alloy's relabeling) applies, and the {@code __} prefix that
 * marks labels reserved for internal use (dropped before series are stored). Stateless.
 */
public final class LabelNames {

    /** The prefix of reserved labels such as {@code __address__} and {@code __meta_*}. */
    public static final String RESERVED_PREFIX = "__";

    /** The prefix of labels that service discovery attaches (Prometheus's {@code MetaLabelPrefix}). */
    public static final String META_PREFIX = "__meta_";

    /** The metric name label. */
    public static final String METRIC_NAME = "__name__";

    /** The address a target is scraped at. */
    public static final String ADDRESS = "__address__";

    private LabelNames() {}

    /** Whether {@code name} matches the legacy rule {@code ^[a-zA-Z_][a-zA-Z0-9_]*$}. */
    public static boolean isValidLegacy(String name) {
        int n = name.length();
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (i > 0 && c >= '0' && c <= '9');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code name} is valid under UTF-8 validation (Prometheus 3's default, Go's
     * {@code model.LabelName.IsValid}): non-empty and well-formed, which for a Java string means
     * no unpaired surrogate.
     */
    public static boolean isValid(String name) {
        int n = name.length();
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(name.charAt(i + 1))) {
                    i++;
                } else {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether {@code name} is reserved for internal use: it starts with {@code __}. */
    public static boolean isReserved(String name) {
        return name.length() >= 2 && name.charAt(0) == '_' && name.charAt(1) == '_';
    }
}
