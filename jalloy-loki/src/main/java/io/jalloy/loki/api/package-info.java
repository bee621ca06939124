/**
 * What log components exchange: batches of {@link io.jalloy.loki.api.LogEntry} pushed into a
 * {@link io.jalloy.loki.api.LogsReceiver}. Alloy's {@code forward_to = [loki.write.x.receiver]}
 * lists receivers; a component fans each batch out to all of them.
 */
package io.jalloy.loki.api;
