package io.jalloy.remote.http;

import io.jalloy.common.http.HttpClientConfig;
import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Block;
import io.jalloy.syntax.decode.Validating;
import io.jalloy.syntax.value.ValueException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;

/**
 * The arguments of {@code remote.http}: what to request, how often, and with which client.
 *
 * @param url the URL to poll
 * @param pollFrequency time between polls (default 1m)
 * @param pollTimeout how long one poll may take (default 10s)
 * @param isSecret whether the content is exported as a secret
 * @param method the HTTP method (default GET)
 * @param headers extra request headers
 * @param body the request body, none when empty
 * @param client the HTTP client block
 */
public record Arguments(
        @Attr("url") String url,
        @Attr(value = "poll_frequency", optional = true) Duration pollFrequency,
        @Attr(value = "poll_timeout", optional = true) Duration pollTimeout,
        @Attr(value = "is_secret", optional = true) boolean isSecret,
        @Attr(value = "method", optional = true) String method,
        @Attr(value = "headers", optional = true) Map<String, String> headers,
        @Attr(value = "body", optional = true) String body,
        @Block(value = "client", optional = true) HttpClientConfig client)
        implements Validating {

    /** Alloy's defaults, the decoder's starting point. */
    public static Arguments defaults() {
        return defaults("");
    }

    /** Alloy's defaults with the given {@code url}. */
    public static Arguments defaults(String url) {
        return new Arguments(
                url, Duration.ofMinutes(1), Duration.ofSeconds(10), false, "GET", Map.of(), "", HttpClientConfig.DEFAULT);
    }

    /** Checks the arguments as Alloy does, with its messages; the first problem is thrown. */
    @Override
    public void validate() throws ValueException {
        if (pollFrequency.isNegative() || pollFrequency.isZero()) {
            throw new ValueException("poll_frequency must be greater than 0");
        }
        if (pollTimeout.isNegative() || pollTimeout.isZero()) {
            throw new ValueException("poll_timeout must be greater than 0");
        }
        if (pollTimeout.compareTo(pollFrequency) >= 0) {
            throw new ValueException("poll_timeout must be less than poll_frequency");
        }
        if (!isToken(method)) {
            throw new ValueException("net/http: invalid method \"" + method + "\"");
        }
        try {
            new URI(url);
        } catch (URISyntaxException e) {
            throw new ValueException("parse \"" + url + "\": " + e.getReason());
        }
        client.validate();
    }

    /** Whether {@code text} is an RFC 7230 token, as Go requires of a method. */
    private static boolean isToken(String text) {
        if (text.isEmpty()) {
            return true; // Go treats an empty method as GET.
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c < 0x7f && c > 0x20 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
