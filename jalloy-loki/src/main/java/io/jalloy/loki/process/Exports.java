package io.jalloy.loki.process;

import io.jalloy.loki.api.LogsReceiver;
import io.jalloy.syntax.decode.Attr;

/** The exports of {@code loki.process}: the receiver other components forward to. */
public record Exports(@Attr("receiver") LogsReceiver receiver) {}
