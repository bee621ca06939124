package io.jalloy.prometheus.remotewrite;

import io.jalloy.common.http.client.ConfiguredHttpClient;
import io.jalloy.prometheus.internal.remotewrite.RemoteWriteProtocol;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * POSTs snappy-compressed WriteRequests to one endpoint with Prometheus's headers. Thread-safe
 * (the JDK client is); shared by the endpoint's shards.
 */
final class Sender implements AutoCloseable {
    static final String USER_AGENT = "Jalloy/0.1.0";

    /** The outcome of one attempt: an HTTP status, or -1 with the connection error. */
    record Result(int status, String detail) {}

    private final ConfiguredHttpClient client;
    private final URI uri;
    private final Duration timeout;
    private final Map<String, String> headers;

    Sender(EndpointOptions options) {
        this.client = ConfiguredHttpClient.build(options.client(), System.getenv());
        this.uri = URI.create(options.url());
        this.timeout = options.remoteTimeout();
        this.headers = options.headers();
    }

    Result post(byte[] body, int length) throws InterruptedException {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                    .timeout(timeout.isZero() ? Duration.ofSeconds(30) : timeout)
                    .header("Content-Encoding", RemoteWriteProtocol.CONTENT_ENCODING)
                    .header("Content-Type", RemoteWriteProtocol.CONTENT_TYPE)
                    .header("User-Agent", USER_AGENT)
                    .header(RemoteWriteProtocol.VERSION_HEADER, RemoteWriteProtocol.VERSION)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body, 0, length));
            headers.forEach(b::header);
            client.authorize(b);
            HttpResponse<String> r = client.client().send(b.build(), HttpResponse.BodyHandlers.ofString());
            String text = r.body();
            return new Result(r.statusCode(), text.length() > 512 ? text.substring(0, 512) : text);
        } catch (IOException e) {
            return new Result(-1, e.toString());
        }
    }

    String url() {
        return uri.toString();
    }

    @Override
    public void close() {
        client.close();
    }
}
