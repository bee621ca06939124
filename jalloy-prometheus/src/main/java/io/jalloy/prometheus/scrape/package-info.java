/** The {@code prometheus.scrape} component. */
package io.jalloy.prometheus.scrape;
