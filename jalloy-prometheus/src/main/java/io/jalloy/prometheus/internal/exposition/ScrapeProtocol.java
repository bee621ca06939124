package io.jalloy.prometheus.internal.exposition;

import java.util.List;
import java.util.Optional;

/**
 * The values of Alloy's {@code scrape_protocols} argument with the Accept header fragment
 * Prometheus sends for each, and the default orders Alloy uses.
 */
public enum ScrapeProtocol {
    PROMETHEUS_PROTO("PrometheusProto",
            "application/vnd.google.protobuf;proto=io.prometheus.client.MetricFamily;encoding=delimited", false),
    PROMETHEUS_TEXT_0_0_4("PrometheusText0.0.4", "text/plain;version=0.0.4", false),
    PROMETHEUS_TEXT_1_0_0("PrometheusText1.0.0", "text/plain;version=1.0.0", true),
    OPENMETRICS_TEXT_0_0_1("OpenMetricsText0.0.1", "application/openmetrics-text;version=0.0.1", false),
    OPENMETRICS_TEXT_1_0_0("OpenMetricsText1.0.0", "application/openmetrics-text;version=1.0.0", true);

    /** Alloy's default {@code scrape_protocols} (Prometheus's DefaultScrapeProtocols). */
    public static final List<ScrapeProtocol> DEFAULT =
            List.of(OPENMETRICS_TEXT_1_0_0, OPENMETRICS_TEXT_0_0_1, PROMETHEUS_TEXT_1_0_0, PROMETHEUS_TEXT_0_0_4);
    /** The protobuf-first order used when native histograms are scraped. */
    public static final List<ScrapeProtocol> PROTO_FIRST = List.of(PROMETHEUS_PROTO, OPENMETRICS_TEXT_1_0_0,
            OPENMETRICS_TEXT_0_0_1, PROMETHEUS_TEXT_1_0_0, PROMETHEUS_TEXT_0_0_4);

    private final String alloyName;
    private final String header;
    private final boolean escapingParameter;

    ScrapeProtocol(String alloyName, String header, boolean escapingParameter) {
        this.alloyName = alloyName;
        this.header = header;
        this.escapingParameter = escapingParameter;
    }

    /** The case-sensitive name used in configuration, e.g. {@code OpenMetricsText1.0.0}. */
    public String alloyName() {
        return alloyName;
    }

    /** The media range this protocol contributes to the Accept header, without weight. */
    public String header() {
        return header;
    }

    /** Whether Prometheus adds the {@code escaping} parameter (only the 1.0.0 text formats take it). */
    public boolean takesEscaping() {
        return escapingParameter;
    }

    /** The media type alone, as the fallback protocol contributes it. */
    public String mediaType() {
        return header.substring(0, header.indexOf(';'));
    }

    public static Optional<ScrapeProtocol> ofAlloyName(String name) {
        for (ScrapeProtocol p : values()) {
            if (p.alloyName.equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Prometheus's validation error for an unknown protocol name. */
    public static String unknownMessage(String name) {
        return "unknown scrape protocol " + name
                + ", supported: [OpenMetricsText0.0.1 OpenMetricsText1.0.0 PrometheusProto PrometheusText0.0.4 PrometheusText1.0.0]";
    }
}
