package io.jalloy.local.file;

import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.value.OptionalSecret;

/** The exports of {@code local.file}: the file's content, secret when {@code is_secret}. */
public record Exports(@Attr("content") OptionalSecret content) {}
