package io.jalloy.loki.echo;

/** The arguments of {@code loki.echo}: none. */
public record Arguments() {}
