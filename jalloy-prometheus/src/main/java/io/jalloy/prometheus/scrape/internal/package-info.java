/** Scrape loops, the per-target series cache and target label handling of {@code prometheus.scrape}. */
package io.jalloy.prometheus.scrape.internal;
