package io.jalloy.prometheus.exporter.self;

/** The arguments of {@code prometheus.exporter.self}: none. */
public record Arguments() {
    public static Arguments defaults() {
        return new Arguments();
    }
}
