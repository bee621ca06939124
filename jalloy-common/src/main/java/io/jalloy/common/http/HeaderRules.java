package io.jalloy.common.http;

import io.jalloy.syntax.value.Secret;
import io.jalloy.syntax.value.ValueException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Headers that {@code http_headers} may not set, because the client owns them. */
final class HeaderRules {
    private static final Set<String> RESERVED = Set.of(
            "authorization",
            "host",
            "content-encoding",
            "content-length",
            "content-type",
            "user-agent",
            "connection",
            "keep-alive",
            "proxy-authenticate",
            "proxy-authorization",
            "www-authenticate",
            "accept-encoding",
            "x-prometheus-remote-write-version",
            "x-prometheus-remote-read-version",
            "x-prometheus-scrape-timeout-seconds",
            "x-amz-date",
            "x-amz-security-token",
            "x-amz-content-sha256");

    private HeaderRules() {}

    /** Go's canonical header spelling: each dash-separated word capitalised ({@code x-amz-date} → {@code X-Amz-Date}). */
    static String canonical(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean upper = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == ' ' || c > 0x7e) {
                return name; // Go leaves names with invalid characters as they are.
            }
            out.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
            upper = c == '-';
        }
        return out.toString();
    }

    static void validate(Map<String, List<Secret>> headers) throws ValueException {
        for (String name : headers.keySet()) {
            if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
                throw new ValueException("setting header \"" + canonical(name) + "\" is not allowed");
            }
        }
    }
}
