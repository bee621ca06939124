/** Metrics of the process and of each component, gathered for {@code /metrics}. */
package io.jalloy.runtime.metrics;
