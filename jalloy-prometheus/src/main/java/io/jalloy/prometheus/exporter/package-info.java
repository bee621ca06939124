/** What the {@code prometheus.exporter.*} components share: their exports and target labels. */
package io.jalloy.prometheus.exporter;
