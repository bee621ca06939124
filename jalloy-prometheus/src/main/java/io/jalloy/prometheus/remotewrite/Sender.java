package io.jalloy.prometheus.remotewrite;

import io.jalloy.common.http.client.ConfiguredHttpClient;
import io.jalloy.common.http.client.Http1Connection;
import io.jalloy.prometheus.internal.remotewrite.RemoteWriteProtocol;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * POSTs snappy-compressed WriteRequests to one endpoint with Prometheus's headers. Plain
 * {@code http://} endpoints without a proxy are posted to over kept-alive {@link Http1Connection}s
 * (one per concurrently sending shard, pooled); TLS, proxies and redirects go through the JDK
 * client. Thread-safe; shared by the endpoint's shards.
 */
final class Sender implements AutoCloseable {
    static final String USER_AGENT = "Jalloy/0.1.0";

    /** The outcome of one attempt: an HTTP status, or -1 with the connection error. */
    record Result(int status, String detail) {}

    private final ConfiguredHttpClient client;
    private final URI uri;
    private final Duration timeout;
    private final Map<String, String> headers;
    private final boolean direct; // plain http without a proxy: posts skip the JDK client
    private final ConcurrentLinkedQueue<Http1Connection> idle = new ConcurrentLinkedQueue<>();
    private volatile boolean closed;

    Sender(EndpointOptions options) {
        this.client = ConfiguredHttpClient.build(options.client(), System.getenv());
        this.uri = URI.create(options.url());
        this.timeout = options.remoteTimeout().isZero() ? Duration.ofSeconds(30) : options.remoteTimeout();
        this.headers = options.headers();
        this.direct = Http1Connection.applies(uri, client.client().proxy().isPresent());
    }

    Result post(byte[] body, int length) throws InterruptedException {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                    .timeout(timeout)
                    .header("Content-Encoding", RemoteWriteProtocol.CONTENT_ENCODING)
                    .header("Content-Type", RemoteWriteProtocol.CONTENT_TYPE)
                    .header("User-Agent", USER_AGENT)
                    .header(RemoteWriteProtocol.VERSION_HEADER, RemoteWriteProtocol.VERSION);
            headers.forEach(b::header);
            client.authorize(b);
            if (direct) {
                Http1Connection.Reply reply = postDirect(b.copy().build().headers().map(), body, length);
                if (reply.status() / 100 != 3) { // redirects are left to the JDK client's policy
                    return new Result(reply.status(), new String(reply.body(), StandardCharsets.UTF_8));
                }
            }
            b.POST(HttpRequest.BodyPublishers.ofByteArray(body, 0, length));
            HttpResponse<String> r = client.client().send(b.build(), HttpResponse.BodyHandlers.ofString());
            String text = r.body();
            return new Result(r.statusCode(), text.length() > 512 ? text.substring(0, 512) : text);
        } catch (IOException e) {
            if (Thread.interrupted()) {
                // A blocked socket read gives way to an interrupt as an IOException; stopping must win.
                throw new InterruptedException("remote write stopping");
            }
            return new Result(-1, e.toString());
        }
    }

    private Http1Connection.Reply postDirect(Map<String, List<String>> h, byte[] body, int length)
            throws IOException {
        Http1Connection c = idle.poll();
        if (c == null) {
            c = new Http1Connection(uri, timeout);
        }
        try {
            Http1Connection.Reply reply = c.post(h, body, length, 512);
            if (closed) {
                c.close();
            } else {
                idle.offer(c);
                c = null;
            }
            return reply;
        } finally {
            if (c != null) {
                c.close();
            }
        }
    }

    String url() {
        return uri.toString();
    }

    @Override
    public void close() {
        closed = true;
        for (Http1Connection c; (c = idle.poll()) != null; ) {
            c.close();
        }
        client.close();
    }
}
