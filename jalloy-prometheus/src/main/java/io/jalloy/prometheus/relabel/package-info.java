/** The {@code prometheus.relabel} component. */
package io.jalloy.prometheus.relabel;
