package io.jalloy.remote.http;

import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.value.OptionalSecret;

/** The exports of {@code remote.http}: the trimmed response body, secret when {@code is_secret}. */
public record Exports(@Attr("content") OptionalSecret content) {}
