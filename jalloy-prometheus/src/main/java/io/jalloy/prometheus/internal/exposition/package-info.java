/**
 * Allocation-light push parsers of the Prometheus exposition formats, for the scrape pipeline.
 *
 * <p>Pick a format with {@link io.jalloy.prometheus.internal.exposition.ContentNegotiation} (the
 * Accept header for {@code scrape_protocols}, then the parser for the response Content-Type), keep
 * one {@link io.jalloy.prometheus.internal.exposition.ExpositionParser} per scrape loop, and call
 * {@code parse(body, off, len, sink)}. The parser calls the
 * {@link io.jalloy.prometheus.internal.exposition.ExpositionSink} once per metadata line and
 * sample, handing over reusable views whose names and labels are byte ranges of the body (label
 * order as exposed, not sorted), so a sink can hash a series ({@code Series.hash()}) and confirm it
 * against a stored {@link io.jalloy.prometheus.internal.exposition.SeriesKey} without allocating.
 * Malformed input never throws: parsing stops and the
 * {@link io.jalloy.prometheus.internal.exposition.ParseResult} carries Prometheus's error text with
 * line and column. {@link io.jalloy.prometheus.internal.exposition.CollectingSink} turns the calls
 * into records for tests and tools.
 *
 * <p>All types here are confined to the thread that parses; nothing is shared.
 */
package io.jalloy.prometheus.internal.exposition;
