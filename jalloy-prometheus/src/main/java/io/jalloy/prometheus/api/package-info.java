/**
 * What metrics components exchange. A producer ({@code prometheus.scrape},
 * {@code prometheus.receive_http}) asks each {@link io.jalloy.prometheus.api.MetricsReceiver} in its
 * {@code forward_to} for an {@link io.jalloy.prometheus.api.Appender}, appends one scrape's or one
 * request's samples, then commits them as one batch. Series references returned by the appender let
 * the producer skip label lookups on later scrapes, so the hot path allocates nothing per sample.
 */
package io.jalloy.prometheus.api;
