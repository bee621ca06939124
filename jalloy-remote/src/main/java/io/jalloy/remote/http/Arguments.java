package io.jalloy.remote.http;

import io.jalloy.remote.http.config.HttpClientConfig;
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
        String url,
        Duration pollFrequency,
        Duration pollTimeout,
        boolean isSecret,
        String method,
        Map<String, String> headers,
        String body,
        HttpClientConfig client) {

    /** Alloy's defaults for everything but {@code url}. */
    public static Arguments defaults(String url) {
        return new Arguments(
                url, Duration.ofMinutes(1), Duration.ofSeconds(10), false, "GET", Map.of(), "", HttpClientConfig.DEFAULT);
    }

    /**
     * Checks the arguments as Alloy does, with its messages.
     *
     * @throws IllegalArgumentException naming the first problem
     */
    public void validate() {
        if (pollFrequency.isNegative() || pollFrequency.isZero()) {
            throw new IllegalArgumentException("poll_frequency must be greater than 0");
        }
        if (pollTimeout.isNegative() || pollTimeout.isZero()) {
            throw new IllegalArgumentException("poll_timeout must be greater than 0");
        }
        if (pollTimeout.compareTo(pollFrequency) >= 0) {
            throw new IllegalArgumentException("poll_timeout must be less than poll_frequency");
        }
        if (!isToken(method)) {
            throw new IllegalArgumentException("net/http: invalid method \"" + method + "\"");
        }
        try {
            new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("parse \"" + url + "\": " + e.getReason());
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
