package io.jalloy.loki.internal;

import io.jalloy.common.http.client.ConfiguredHttpClient;
import io.jalloy.common.http.client.Http1Connection;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Posts encoded push requests to one Loki endpoint with the headers Loki clients send: {@code
 * Content-Type: application/x-protobuf}, a {@code User-Agent}, and {@code X-Scope-OrgID} for the
 * tenant. Thread-safe. Plain {@code http://} endpoints without a proxy are posted to over one
 * kept-alive {@link Http1Connection}; everything else (TLS, proxies, HTTP/2, redirects) goes
 * through the JDK client, which pools connections.
 */
public final class PushClient implements AutoCloseable {
    /** The agent name sent with every push. */
    public static final String USER_AGENT = "Jalloy/0.1.0";
    private static final int MAX_ERROR_BODY = 1024;

    private final URI url;
    private final ConfiguredHttpClient client;
    private final Map<String, String> headers;
    private final Duration timeout;
    private final Http1Connection direct; // plain http without a proxy: pushes skip the JDK client

    /** A client for {@code url} sending {@code headers} too; requests time out after {@code timeout}. */
    public PushClient(URI url, ConfiguredHttpClient client, Map<String, String> headers, Duration timeout) {
        this.url = url;
        this.client = client;
        this.headers = Map.copyOf(headers);
        this.timeout = timeout;
        this.direct = Http1Connection.applies(url, client.proxied())
                ? new Http1Connection(url, timeout) : null;
    }

    /** The outcome of one request: the status and the start of the body on failure. */
    public record Response(int status, String body) {}

    /**
     * Sends {@code length} bytes of {@code body}; {@code tenant} may be empty.
     *
     * @throws IOException when the connection fails or times out
     */
    public Response push(byte[] body, int length, String tenant) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/x-protobuf")
                .header("User-Agent", USER_AGENT);
        headers.forEach(request::setHeader);
        if (!tenant.isEmpty()) {
            request.setHeader("X-Scope-OrgID", tenant);
        }
        client.authorize(request);
        if (direct != null) {
            Http1Connection.Reply reply;
            synchronized (direct) {
                reply = direct.post(request.copy().build().headers().map(), body, length, MAX_ERROR_BODY);
            }
            if (reply.status() / 100 != 3) { // redirects are left to the JDK client's policy
                return new Response(reply.status(), reply.status() / 100 == 2 ? ""
                        : new String(reply.body(), StandardCharsets.UTF_8).strip());
            }
        }
        request.POST(HttpRequest.BodyPublishers.ofByteArray(body, 0, length));
        HttpResponse<InputStream> response = client.client().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            int status = response.statusCode();
            if (status / 100 == 2) {
                in.transferTo(OutputStream.nullOutputStream());
                return new Response(status, "");
            }
            byte[] start = in.readNBytes(MAX_ERROR_BODY);
            in.transferTo(OutputStream.nullOutputStream());
            return new Response(status, new String(start, StandardCharsets.UTF_8).strip());
        }
    }

    /** The host label of this endpoint's metrics: host and port, as Alloy's {@code host} label. */
    public String host() {
        return url.getPort() < 0 ? url.getHost() : url.getHost() + ":" + url.getPort();
    }

    @Override
    public void close() {
        if (direct != null) {
            synchronized (direct) {
                direct.close();
            }
        }
        client.close();
    }
}
