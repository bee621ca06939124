package io.jalloy.cli.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A scrape target whose gauge {@code gap_scrape_seq} is the number of the scrape: 1 for the first
 * request, 2 for the next, and so on, so every scrape a receiver stores can be told apart.
 */
public final class CountingTarget implements AutoCloseable {
    private final HttpServer server;
    private final AtomicLong served = new AtomicLong();

    public CountingTarget() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/metrics", ex -> {
            long n = served.incrementAndGet();
            byte[] body = ("# TYPE gap_scrape_seq gauge\ngap_scrape_seq " + n + "\n").getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    public String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** The number of the last scrape answered. */
    public long served() {
        return served.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
