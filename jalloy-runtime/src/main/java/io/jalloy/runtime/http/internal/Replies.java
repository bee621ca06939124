package io.jalloy.runtime.http.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Writing whole responses, the way Go's net/http helpers shape them. */
final class Replies {

    static final String TEXT = "text/plain; charset=utf-8";
    static final String JSON = "application/json";

    private Replies() {}

    /** Any complete response. */
    static void send(Response response, Callback callback, int status, String contentType, byte[] body) {
        response.setStatus(status);
        if (contentType != null) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        }
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** A line of text, as Go's {@code fmt.Fprintln} writes it. */
    static void line(Response response, Callback callback, int status, String text) {
        send(response, callback, status, TEXT, (text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Go's {@code http.Error}: the message plus a newline, and no sniffing. */
    static void error(Response response, Callback callback, int status, String message) {
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        line(response, callback, status, message);
    }

    /** Go's {@code http.NotFound}. */
    static void notFound(Response response, Callback callback) {
        error(response, callback, 404, "404 page not found");
    }

    /** A status with no body. */
    static void status(Response response, Callback callback, int status) {
        send(response, callback, status, null, new byte[0]);
    }
}
