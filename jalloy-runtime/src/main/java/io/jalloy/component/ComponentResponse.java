package io.jalloy.component;

import java.nio.charset.StandardCharsets;

/**
 * A component's answer to an HTTP request, fully buffered.
 *
 * @param status the HTTP status code
 * @param contentType the Content-Type header
 * @param body the response body
 */
public record ComponentResponse(int status, String contentType, byte[] body) {

    /** A {@code text/plain} response. */
    public static ComponentResponse text(int status, String text) {
        return new ComponentResponse(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }
}
