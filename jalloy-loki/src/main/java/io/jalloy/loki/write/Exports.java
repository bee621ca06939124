package io.jalloy.loki.write;

import io.jalloy.loki.api.LogsReceiver;
import io.jalloy.syntax.decode.Attr;

/** The exports of {@code loki.write}: the receiver other components forward entries to. */
public record Exports(@Attr("receiver") LogsReceiver receiver) {}
