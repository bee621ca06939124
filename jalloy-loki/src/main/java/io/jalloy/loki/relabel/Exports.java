package io.jalloy.loki.relabel;

import io.jalloy.common.relabel.RelabelRules;
import io.jalloy.loki.api.LogsReceiver;
import io.jalloy.syntax.decode.Attr;

/** The exports of {@code loki.relabel}: its receiver and its compiled rules (for {@code relabel_rules}). */
public record Exports(@Attr("receiver") LogsReceiver receiver, @Attr("rules") RelabelRules rules) {}
