package io.jalloy.cli.internal;

/** The {@code format} of the {@code logging} block. */
public enum LogFormat {
    LOGFMT,
    JSON;

    /** The format named as in a config ({@code logfmt}, {@code json}). */
    static LogFormat parse(String name) {
        return switch (name) {
            case "logfmt" -> LOGFMT;
            case "json" -> JSON;
            default -> throw new IllegalArgumentException("unrecognized log format \"" + name + "\"");
        };
    }
}
