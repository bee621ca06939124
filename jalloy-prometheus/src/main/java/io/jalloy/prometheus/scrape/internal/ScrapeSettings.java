package io.jalloy.prometheus.scrape.internal;

import io.jalloy.prometheus.internal.exposition.ScrapeProtocol;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What every scrape loop of one {@code prometheus.scrape} needs, derived once from the arguments;
 * immutable and shared by the loops.
 *
 * @param jobName the {@code job} label value
 * @param trackTimestampsStaleness whether series exposed with their own timestamps get stale
 *     markers too (Prometheus leaves them alone by default)
 * @param params query parameters; a target's {@code __param_<name>} overrides the first value
 * @param accept the Accept header offered
 * @param fallback the protocol used when the Content-Type is missing or unusable, or null
 * @param bodySizeLimit bytes; 0 for none
 */
public record ScrapeSettings(
        String jobName,
        boolean honorLabels,
        boolean honorTimestamps,
        boolean trackTimestampsStaleness,
        Duration interval,
        Duration timeout,
        String scheme,
        String metricsPath,
        Map<String, List<String>> params,
        String accept,
        ScrapeProtocol fallback,
        boolean enableCompression,
        long bodySizeLimit,
        long sampleLimit,
        long labelLimit,
        long labelNameLengthLimit,
        long labelValueLengthLimit,
        boolean extraMetrics,
        boolean nativeHistograms,
        boolean classicHistograms) {}
