package io.jalloy.prometheus.internal.exposition;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.prometheus.internal.exposition.ContentNegotiation.Choice;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentNegotiationTest {
    @Test
    void theDefaultProtocolsProduceAlloysDefaultAcceptHeader() {
        assertThat(ContentNegotiation.acceptHeader(ScrapeProtocol.DEFAULT, EscapingScheme.UNDERSCORES)).isEqualTo(
                "application/openmetrics-text;version=1.0.0;escaping=underscores;q=0.6,"
                        + "application/openmetrics-text;version=0.0.1;q=0.5,"
                        + "text/plain;version=1.0.0;escaping=underscores;q=0.4,"
                        + "text/plain;version=0.0.4;q=0.3,*/*;q=0.2");
    }

    @Test
    void protoFirstOrderPutsProtobufAtTheHighestWeight() {
        assertThat(ContentNegotiation.acceptHeader(ScrapeProtocol.PROTO_FIRST, EscapingScheme.ALLOW_UTF8)).isEqualTo(
                "application/vnd.google.protobuf;proto=io.prometheus.client.MetricFamily;encoding=delimited;q=0.6,"
                        + "application/openmetrics-text;version=1.0.0;escaping=allow-utf-8;q=0.5,"
                        + "application/openmetrics-text;version=0.0.1;q=0.4,"
                        + "text/plain;version=1.0.0;escaping=allow-utf-8;q=0.3,"
                        + "text/plain;version=0.0.4;q=0.2,*/*;q=0.1");
    }

    @Test
    void aSingleProtocolStillEndsWithTheCatchAll() {
        assertThat(ContentNegotiation.acceptHeader(List.of(ScrapeProtocol.PROMETHEUS_TEXT_0_0_4), EscapingScheme.UNDERSCORES))
                .isEqualTo("text/plain;version=0.0.4;q=0.6,*/*;q=0.5");
    }

    @Test
    void protocolNamesResolveCaseSensitively() {
        assertThat(ScrapeProtocol.ofAlloyName("OpenMetricsText1.0.0")).contains(ScrapeProtocol.OPENMETRICS_TEXT_1_0_0);
        assertThat(ScrapeProtocol.ofAlloyName("openmetricstext1.0.0")).isEmpty();
        assertThat(ScrapeProtocol.unknownMessage("Foo")).isEqualTo("unknown scrape protocol Foo, supported: "
                + "[OpenMetricsText0.0.1 OpenMetricsText1.0.0 PrometheusProto PrometheusText0.0.4 PrometheusText1.0.0]");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "text/plain; version=0.0.4; charset=utf-8|PROMETHEUS_TEXT",
        "text/plain;version=1.0.0;escaping=underscores|PROMETHEUS_TEXT",
        "application/openmetrics-text; version=1.0.0; charset=utf-8|OPENMETRICS_TEXT",
        "Application/OpenMetrics-Text|OPENMETRICS_TEXT",
        "application/vnd.google.protobuf; proto=io.prometheus.client.MetricFamily; encoding=delimited|PROTOBUF",
        "text/plain;|PROMETHEUS_TEXT",
    })
    void recognisedContentTypesChooseTheirParserSilently(String contentType, ExpositionFormat expected) {
        assertThat(ContentNegotiation.choose(contentType, ScrapeProtocol.PROMETHEUS_TEXT_0_0_4))
                .isEqualTo(new Choice(expected, null));
    }

    @Test
    void aBlankContentTypeUsesTheFallbackWithAWarningOrFails() {
        assertThat(ContentNegotiation.choose("", ScrapeProtocol.PROMETHEUS_TEXT_0_0_4)).isEqualTo(new Choice(
                ExpositionFormat.PROMETHEUS_TEXT,
                "non-compliant scrape target sending blank Content-Type, using fallback_scrape_protocol \"text/plain\""));
        assertThat(ContentNegotiation.choose(null, null)).isEqualTo(new Choice(null,
                "non-compliant scrape target sending blank Content-Type and no fallback_scrape_protocol specified for target"));
    }

    @Test
    void anUnsupportedContentTypeUsesTheFallbackWithAWarningOrFails() {
        assertThat(ContentNegotiation.choose("application/json", ScrapeProtocol.OPENMETRICS_TEXT_1_0_0)).isEqualTo(
                new Choice(ExpositionFormat.OPENMETRICS_TEXT, "received unsupported Content-Type \"application/json\", "
                        + "using fallback_scrape_protocol \"application/openmetrics-text\""));
        assertThat(ContentNegotiation.choose("application/json", null)).isEqualTo(new Choice(null,
                "received unsupported Content-Type \"application/json\" and no fallback_scrape_protocol specified for target"));
    }

    @Test
    void anUnparsableContentTypeExplainsTheMimeError() {
        assertThat(ContentNegotiation.choose("text", null).format()).isNull();
        assertThat(ContentNegotiation.choose("text/plain/x", null)).isEqualTo(new Choice(null,
                "cannot parse Content-Type \"text/plain/x\" and no fallback_scrape_protocol for target\n"
                        + "mime: unexpected content after media subtype"));
        assertThat(ContentNegotiation.choose("text/plain; version", ScrapeProtocol.PROMETHEUS_TEXT_0_0_4)).isEqualTo(
                new Choice(ExpositionFormat.PROMETHEUS_TEXT, "could not parse received Content-Type \"text/plain; version\", "
                        + "using fallback_scrape_protocol \"text/plain\"\nmime: invalid media parameter"));
        assertThat(ContentNegotiation.choose("/plain", null).message()).endsWith("mime: no media type");
    }
}
