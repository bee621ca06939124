package io.jalloy.loki.process.stages;

/** {@code stage.decolorize}: strips ANSI colour sequences from the line; takes no arguments. */
public record DecolorizeConfig() {}
