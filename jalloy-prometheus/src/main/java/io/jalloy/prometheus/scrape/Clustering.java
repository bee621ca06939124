package io.jalloy.prometheus.scrape;

import io.jalloy.syntax.decode.Attr;

/**
 * The {@code clustering} block: accepted for compatibility. Jalloy runs as a single node, so every
 * target is scraped whatever {@code enabled} says.
 */
public record Clustering(@Attr("enabled") boolean enabled) {}
