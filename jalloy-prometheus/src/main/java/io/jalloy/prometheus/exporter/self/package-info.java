/** The {@code prometheus.exporter.self} component. */
package io.jalloy.prometheus.exporter.self;
