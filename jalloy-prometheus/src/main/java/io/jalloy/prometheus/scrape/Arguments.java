package io.jalloy.prometheus.scrape;

import io.jalloy.common.discovery.Target;
import io.jalloy.common.http.HttpClientConfig;
import io.jalloy.prometheus.api.MetricsReceiver;
import io.jalloy.prometheus.internal.exposition.ScrapeProtocol;
import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Block;
import io.jalloy.syntax.decode.Squash;
import io.jalloy.syntax.decode.Validating;
import io.jalloy.syntax.value.ByteSize;
import io.jalloy.syntax.value.GoDuration;
import io.jalloy.syntax.value.ValueException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of {@code prometheus.scrape}, with Alloy's names, defaults and validation
 * messages. {@link #protocols()} and {@link #nativeHistograms()} give the effective values after
 * Alloy's rewrites for {@code enable_protobuf_negotiation} and {@code scrape_native_histograms}.
 */
public record Arguments(
        @Attr("targets") List<Target> targets,
        @Attr("forward_to") List<MetricsReceiver> forwardTo,
        @Attr(value = "job_name", optional = true) String jobName,
        @Attr(value = "honor_labels", optional = true) boolean honorLabels,
        @Attr(value = "honor_timestamps", optional = true) boolean honorTimestamps,
        @Attr(value = "track_timestamps_staleness", optional = true) boolean trackTimestampsStaleness,
        @Attr(value = "params", optional = true) Map<String, List<String>> params,
        @Attr(value = "scrape_classic_histograms", optional = true) boolean scrapeClassicHistograms,
        @Attr(value = "scrape_native_histograms", optional = true) boolean scrapeNativeHistograms,
        @Attr(value = "scrape_failure_log_file", optional = true) String scrapeFailureLogFile,
        @Attr(value = "scrape_interval", optional = true) Duration scrapeInterval,
        @Attr(value = "scrape_timeout", optional = true) Duration scrapeTimeout,
        @Attr(value = "scrape_protocols", optional = true) List<String> scrapeProtocols,
        @Attr(value = "metrics_path", optional = true) String metricsPath,
        @Attr(value = "scheme", optional = true) String scheme,
        @Attr(value = "body_size_limit", optional = true) ByteSize bodySizeLimit,
        @Attr(value = "sample_limit", optional = true) long sampleLimit,
        @Attr(value = "target_limit", optional = true) long targetLimit,
        @Attr(value = "label_limit", optional = true) long labelLimit,
        @Attr(value = "label_name_length_limit", optional = true) long labelNameLengthLimit,
        @Attr(value = "label_value_length_limit", optional = true) long labelValueLengthLimit,
        @Squash HttpClientConfig client,
        @Attr(value = "extra_metrics", optional = true) boolean extraMetrics,
        @Attr(value = "enable_protobuf_negotiation", optional = true) boolean enableProtobufNegotiation,
        @Attr(value = "metric_name_validation_scheme", optional = true) String metricNameValidationScheme,
        @Attr(value = "metric_name_escaping_scheme", optional = true) String metricNameEscapingScheme,
        @Attr(value = "scrape_fallback_protocol", optional = true) String scrapeFallbackProtocol,
        @Attr(value = "convert_classic_histograms_to_nhcb", optional = true) boolean convertClassicHistogramsToNhcb,
        @Attr(value = "enable_compression", optional = true) boolean enableCompression,
        @Attr(value = "native_histogram_bucket_limit", optional = true) long nativeHistogramBucketLimit,
        @Attr(value = "native_histogram_min_bucket_factor", optional = true) double nativeHistogramMinBucketFactor,
        @Attr(value = "honor_metadata", optional = true) boolean honorMetadata,
        @Attr(value = "enable_type_and_unit_labels", optional = true) boolean enableTypeAndUnitLabels,
        @Attr(value = "start_timestamp_zero_ingestion", optional = true) boolean startTimestampZeroIngestion,
        @Block(value = "clustering", optional = true) Clustering clustering)
        implements Validating {

    private static final List<String> DEFAULT_PROTOCOLS = names(ScrapeProtocol.DEFAULT);
    private static final List<String> PROTO_FIRST = names(ScrapeProtocol.PROTO_FIRST);

    public Arguments {
        targets = List.copyOf(targets);
        forwardTo = List.copyOf(forwardTo);
        params = Map.copyOf(params);
        scrapeProtocols = List.copyOf(scrapeProtocols);
    }

    /** Alloy's defaults, the decoder's starting point. */
    public static Arguments defaults() {
        return new Arguments(List.of(), List.of(), "", false, true, false, Map.of(), false, false, "",
                Duration.ofMinutes(1), Duration.ofSeconds(10), DEFAULT_PROTOCOLS, "/metrics", "http",
                new ByteSize(0), 0, 0, 0, 0, 0, HttpClientConfig.DEFAULT, false, false, "legacy", "",
                "PrometheusText0.0.4", false, true, 0, 0, false, false, false, null);
    }

    /** The defaults with these targets and receivers; handy for tests and embedding. */
    public static Arguments of(List<Target> targets, List<MetricsReceiver> forwardTo) {
        return defaults().withTargets(targets, forwardTo);
    }

    /** A copy with other targets and receivers. */
    public Arguments withTargets(List<Target> t, List<MetricsReceiver> f) {
        return new Arguments(t, f, jobName, honorLabels, honorTimestamps, trackTimestampsStaleness, params,
                scrapeClassicHistograms, scrapeNativeHistograms, scrapeFailureLogFile, scrapeInterval, scrapeTimeout,
                scrapeProtocols, metricsPath, scheme, bodySizeLimit, sampleLimit, targetLimit, labelLimit,
                labelNameLengthLimit, labelValueLengthLimit, client, extraMetrics, enableProtobufNegotiation,
                metricNameValidationScheme, metricNameEscapingScheme, scrapeFallbackProtocol,
                convertClassicHistogramsToNhcb, enableCompression, nativeHistogramBucketLimit,
                nativeHistogramMinBucketFactor, honorMetadata, enableTypeAndUnitLabels, startTimestampZeroIngestion,
                clustering);
    }

    @Override
    public void validate() throws ValueException {
        if (scrapeTimeout.compareTo(scrapeInterval) > 0) {
            throw new ValueException("scrape_timeout (" + GoDuration.format(scrapeTimeout) + ") greater than scrape_interval ("
                    + GoDuration.format(scrapeInterval) + ") for scrape config with job name \"" + jobName + "\"");
        }
        if (enableProtobufNegotiation && !scrapeProtocols.equals(DEFAULT_PROTOCOLS)) {
            throw new ValueException(
                    "both enable_protobuf_negotiation and scrape_protocols are set, only one can be set at a time");
        }
        List<String> effective = protocolNames();
        if (nativeHistograms() && !effective.contains(ScrapeProtocol.PROMETHEUS_PROTO.alloyName())) {
            throw new ValueException("scrape_native_histograms is set to true, but PrometheusProto is not in scrape_protocols");
        }
        Set<String> seen = new HashSet<>();
        for (String p : effective) {
            if (!seen.add(p)) {
                throw new ValueException("duplicate scrape protocol \"" + p
                        + "\": make sure the scrape protocols provided are unique");
            }
            if (ScrapeProtocol.ofAlloyName(p).isEmpty()) {
                throw new ValueException("invalid scrape protocol \"" + p + "\": " + ScrapeProtocol.unknownMessage(p));
            }
        }
        if (!scrapeFallbackProtocol.isEmpty() && ScrapeProtocol.ofAlloyName(scrapeFallbackProtocol).isEmpty()) {
            throw new ValueException("invalid scrape_fallback_protocol \"" + scrapeFallbackProtocol + "\": "
                    + ScrapeProtocol.unknownMessage(scrapeFallbackProtocol));
        }
        if (!metricNameValidationScheme.equals("utf8") && !metricNameValidationScheme.equals("legacy")) {
            throw new ValueException("invalid metric_name_validation_scheme \"" + metricNameValidationScheme
                    + "\": must be either \"utf8\" or \"legacy\"");
        }
        switch (metricNameEscapingScheme) {
            case "", "allow-utf-8", "underscores", "dots", "values" -> { }
            default -> throw new ValueException("invalid metric_name_escaping_scheme: \"" + metricNameEscapingScheme
                    + "\", supported values: [allow-utf-8 underscores dots values]");
        }
        if (metricNameEscapingScheme.equals("allow-utf-8") && !metricNameValidationScheme.equals("utf8")) {
            throw new ValueException("metric_name_escaping_scheme cannot be set to 'allow-utf-8' while "
                    + "metric_name_validation_scheme is not set to 'utf8'");
        }
        client.validate();
    }

    /** Whether native histograms are scraped, after Alloy's rewrite for the deprecated negotiation flag. */
    public boolean nativeHistograms() {
        return scrapeNativeHistograms || enableProtobufNegotiation;
    }

    /** The protocols to offer, in order, after Alloy's rewrites. */
    public List<ScrapeProtocol> protocols() {
        return protocolNames().stream().map(n -> ScrapeProtocol.ofAlloyName(n).orElseThrow()).toList();
    }

    /** The fallback protocol, or null when none is configured. */
    public ScrapeProtocol fallbackProtocol() {
        return ScrapeProtocol.ofAlloyName(scrapeFallbackProtocol).orElse(null);
    }

    private List<String> protocolNames() {
        if (nativeHistograms() && scrapeProtocols.equals(DEFAULT_PROTOCOLS)) {
            return PROTO_FIRST;
        }
        return scrapeProtocols;
    }

    private static List<String> names(List<ScrapeProtocol> protocols) {
        return protocols.stream().map(ScrapeProtocol::alloyName).toList();
    }
}
