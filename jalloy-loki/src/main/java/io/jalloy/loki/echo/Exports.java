package io.jalloy.loki.echo;

import io.jalloy.loki.api.LogsReceiver;
import io.jalloy.syntax.decode.Attr;

/** The exports of {@code loki.echo}: the receiver that prints what it gets. */
public record Exports(@Attr("receiver") LogsReceiver receiver) {}
