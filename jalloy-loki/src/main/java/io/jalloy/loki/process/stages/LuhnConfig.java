package io.jalloy.loki.process.stages;

import io.jalloy.syntax.decode.Attr;

/**
 * {@code stage.luhn}: redacts digit runs that pass the Luhn checksum; {@code delimiters} may
 * separate a number's digits, and text matching {@code skip_regex} is left alone.
 */
public record LuhnConfig(
        @Attr(value = "replacement", optional = true) String replacement,
        @Attr(value = "source", optional = true) String source,
        @Attr(value = "min_length", optional = true) int minLength,
        @Attr(value = "delimiters", optional = true) String delimiters,
        @Attr(value = "skip_regex", optional = true) String skipRegex) {

    public static LuhnConfig defaults() {
        return new LuhnConfig("**REDACTED**", null, 13, "", "");
    }
}
