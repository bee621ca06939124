package io.jalloy.prometheus.relabel;

import io.jalloy.common.relabel.RelabelRules;
import io.jalloy.prometheus.api.MetricsReceiver;
import io.jalloy.syntax.decode.Attr;

/**
 * The exports of {@code prometheus.relabel}.
 *
 * @param receiver where to send samples to be relabeled; the same for the component's life
 * @param rules the compiled rules
 */
public record Exports(@Attr("receiver") MetricsReceiver receiver, @Attr("rules") RelabelRules rules) {}
