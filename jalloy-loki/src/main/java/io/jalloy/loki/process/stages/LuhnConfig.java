package io.jalloy.loki.process.stages;

import io.jalloy.syntax.decode.Attr;

/** {@code stage.luhn}: redacts digit runs that pass the Luhn checksum. */
public record LuhnConfig(
        @Attr(value = "replacement", optional = true) String replacement,
        @Attr(value = "source", optional = true) String source,
        @Attr(value = "min_length", optional = true) int minLength) {

    public static LuhnConfig defaults() {
        return new LuhnConfig("**REDACTED**", null, 13);
    }
}
