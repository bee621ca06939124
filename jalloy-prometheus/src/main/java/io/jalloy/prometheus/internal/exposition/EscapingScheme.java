package io.jalloy.prometheus.internal.exposition;

/** Metric-name escaping schemes as named in the Accept header's {@code escaping} parameter. */
public enum EscapingScheme {
    ALLOW_UTF8("allow-utf-8"),
    UNDERSCORES("underscores"),
    DOTS("dots"),
    VALUES("values");

    private final String text;

    EscapingScheme(String text) {
        this.text = text;
    }

    /** The parameter value, also the value of Alloy's {@code metric_name_escaping_scheme}. */
    public String text() {
        return text;
    }
}
