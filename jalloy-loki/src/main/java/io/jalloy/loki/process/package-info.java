/**
 * Alloy's {@code loki.process}: log entries pass through {@code stage.*} blocks (parsers,
 * label setters, filters, metrics) before going on to the {@code forward_to} receivers. The
 * stages themselves live in {@link io.jalloy.loki.process.stages}.
 */
package io.jalloy.loki.process;
