package io.jalloy.remote.s3;

import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.value.OptionalSecret;

/** The exports of {@code remote.s3}: the object's content, secret when {@code is_secret}. */
public record Exports(@Attr("content") OptionalSecret content) {}
