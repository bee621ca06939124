package io.jalloy.cli.internal;

import java.util.logging.Level;

/**
 * What the {@code logging} block configures: the minimum level ({@code debug}, {@code info},
 * {@code warn}, {@code error}) and the line format. {@code write_to} is not supported yet.
 */
public record LogSettings(Level level, LogFormat format) {

    /** Alloy's defaults: {@code info}, {@code logfmt}. */
    public static final LogSettings DEFAULTS = new LogSettings(Level.INFO, LogFormat.LOGFMT);

    /** The JUL level for an Alloy level name. */
    static Level level(String name) {
        return switch (name) {
            case "debug" -> Level.FINEST;
            case "info" -> Level.INFO;
            case "warn" -> Level.WARNING;
            case "error" -> Level.SEVERE;
            default -> throw new IllegalArgumentException("unrecognized log level \"" + name + "\"");
        };
    }
}
