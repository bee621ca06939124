/** The {@code prometheus.exporter.unix} component. */
package io.jalloy.prometheus.exporter.unix;
