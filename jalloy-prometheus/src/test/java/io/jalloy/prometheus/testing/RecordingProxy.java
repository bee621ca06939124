package io.jalloy.prometheus.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback HTTP proxy in front of a scrape target that keeps every body it passed on, in order:
 * each scrape made through it is also a direct scrape of the target taken at the same moment, so
 * a test can compare what arrived downstream with exactly what the target said that time. Bodies
 * are fetched uncompressed; the scraper's {@code Accept} header is passed on.
 */
public final class RecordingProxy implements AutoCloseable {
    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<String> bodies = new CopyOnWriteArrayList<>();

    public RecordingProxy(String upstream) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            try {
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://" + upstream + ex.getRequestURI()))
                        .timeout(Duration.ofSeconds(5));
                String accept = ex.getRequestHeaders().getFirst("Accept");
                if (accept != null) {
                    b.header("Accept", accept);
                }
                HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                byte[] body = r.body();
                if (r.statusCode() == 200) {
                    bodies.add(new String(body, StandardCharsets.UTF_8));
                }
                r.headers().firstValue("Content-Type").ifPresent(t -> ex.getResponseHeaders().set("Content-Type", t));
                ex.sendResponseHeaders(r.statusCode(), body.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ex.sendResponseHeaders(503, -1);
            } catch (IOException e) {
                ex.sendResponseHeaders(502, -1);
            } finally {
                ex.close();
            }
        });
        server.start();
    }

    /** host:port to scrape. */
    public String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every successful body so far, oldest first. */
    public List<String> bodies() {
        return List.copyOf(bodies);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
