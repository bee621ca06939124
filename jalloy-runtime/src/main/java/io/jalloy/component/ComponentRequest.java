package io.jalloy.component;

import java.util.List;
import java.util.Map;

/**
 * An HTTP request for a component, with the path relative to the component's prefix.
 *
 * @param method the HTTP method, upper case
 * @param path the path after {@code /api/v0/component/<id>}, starting with a slash
 * @param query the raw query string without {@code ?}, empty when absent
 * @param headers header values by lower-case name
 * @param body the request body, empty when absent
 */
public record ComponentRequest(
        String method, String path, String query, Map<String, List<String>> headers, byte[] body) {

    public ComponentRequest {
        query = query == null ? "" : query;
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    /** The first value of a header (name in any case), or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
