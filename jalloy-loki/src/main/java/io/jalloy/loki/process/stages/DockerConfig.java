package io.jalloy.loki.process.stages;

/** {@code stage.docker}: parses Docker's JSON log lines; takes no arguments. */
public record DockerConfig() {}
