package io.jalloy.prometheus.discovery.http;

import io.jalloy.common.http.HttpClientConfig;
import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Squash;
import io.jalloy.syntax.decode.Validating;
import io.jalloy.syntax.value.ValueException;
import java.net.URI;
import java.time.Duration;

/**
 * The arguments of {@code discovery.http}.
 *
 * @param url where the JSON target groups are fetched
 * @param refreshInterval how often (default 60s)
 * @param client the HTTP client settings
 */
public record Arguments(@Attr("url") String url,
                        @Attr(value = "refresh_interval", optional = true) Duration refreshInterval,
                        @Squash HttpClientConfig client) implements Validating {

    public static Arguments defaults() {
        return new Arguments("", Duration.ofSeconds(60), HttpClientConfig.DEFAULT);
    }

    @Override
    public void validate() throws ValueException {
        if (refreshInterval.isNegative() || refreshInterval.isZero()) {
            throw new ValueException("refresh_interval must be greater than 0");
        }
        try {
            URI u = URI.create(url);
            if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme())) {
                throw new ValueException("URL scheme must be 'http' or 'https'");
            }
            if (u.getHost() == null || u.getHost().isEmpty()) {
                throw new ValueException("host is missing in URL");
            }
        } catch (IllegalArgumentException e) {
            throw new ValueException("invalid url " + url + ": " + e.getMessage());
        }
        client.validate();
    }
}
