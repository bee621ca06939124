package io.jalloy.prometheus.remotewrite;

import io.jalloy.prometheus.api.MetricsReceiver;
import io.jalloy.syntax.decode.Attr;

/** The exports of {@code prometheus.remote_write}: the receiver other components forward samples to. */
public record Exports(@Attr("receiver") MetricsReceiver receiver) {}
