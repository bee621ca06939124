package io.jalloy.prometheus.internal.exposition;

import java.util.List;

/**
 * Both halves of scrape content negotiation as Prometheus does them: the Accept header built from
 * the configured protocols, and the choice of parser from the response's Content-Type with the
 * fallback protocol rules.
 */
public final class ContentNegotiation {
    private ContentNegotiation() {}

    /**
     * The outcome of choosing a parser.
     *
     * @param format the parser to use, or null when the scrape must fail
     * @param message null when the Content-Type was fine; otherwise the warning (format set) or
     *     error (format null) text Prometheus reports
     */
    public record Choice(ExpositionFormat format, String message) {}

    /**
     * The Accept header for {@code protocols} in preference order: weights count down from
     * {@code q=0.6}, the 1.0.0 text formats carry {@code escaping}, and a final catch-all follows.
     */
    public static String acceptHeader(List<ScrapeProtocol> protocols, EscapingScheme escaping) {
        StringBuilder sb = new StringBuilder(256);
        int weight = ScrapeProtocol.values().length + 1;
        for (ScrapeProtocol p : protocols) {
            sb.append(p.header());
            if (p.takesEscaping()) {
                sb.append(";escaping=").append(escaping.text());
            }
            sb.append(";q=0.").append(weight).append(',');
            weight--;
        }
        return sb.append("*/*;q=0.").append(weight).toString();
    }

    /**
     * Chooses the parser for a response.
     *
     * @param contentType the Content-Type header, or null/empty when absent
     * @param fallback the {@code scrape_fallback_protocol}, or null when none is configured
     */
    public static Choice choose(String contentType, ScrapeProtocol fallback) {
        String fb = fallback == null ? "" : fallback.mediaType();
        if (contentType == null || contentType.isEmpty()) {
            if (fb.isEmpty()) {
                return new Choice(null,
                        "non-compliant scrape target sending blank Content-Type and no fallback_scrape_protocol specified for target");
            }
            return new Choice(ExpositionFormat.ofMediaType(fb),
                    "non-compliant scrape target sending blank Content-Type, using fallback_scrape_protocol " + GoText.quote(fb));
        }
        MediaType.Parsed parsed = MediaType.parse(contentType);
        if (parsed.error() != null) {
            if (fb.isEmpty()) {
                return new Choice(null, "cannot parse Content-Type " + GoText.quote(contentType)
                        + " and no fallback_scrape_protocol for target\n" + parsed.error());
            }
            return new Choice(ExpositionFormat.ofMediaType(fb), "could not parse received Content-Type "
                    + GoText.quote(contentType) + ", using fallback_scrape_protocol " + GoText.quote(fb) + "\n" + parsed.error());
        }
        ExpositionFormat f = ExpositionFormat.ofMediaType(parsed.mediaType());
        if (f != null) {
            return new Choice(f, null);
        }
        if (fb.isEmpty()) {
            return new Choice(null, "received unsupported Content-Type " + GoText.quote(contentType)
                    + " and no fallback_scrape_protocol specified for target");
        }
        return new Choice(ExpositionFormat.ofMediaType(fb), "received unsupported Content-Type "
                + GoText.quote(contentType) + ", using fallback_scrape_protocol " + GoText.quote(fb));
    }
}
