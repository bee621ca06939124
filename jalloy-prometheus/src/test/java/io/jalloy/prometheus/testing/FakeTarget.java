package io.jalloy.prometheus.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;

/** A JDK HTTP server standing in for a scrape target; every knob may change between scrapes. */
public final class FakeTarget implements AutoCloseable {
    private final HttpServer server;
    private final List<String> acceptHeaders = new CopyOnWriteArrayList<>();
    private final List<String> encodings = new CopyOnWriteArrayList<>();
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private volatile String body = "";
    private volatile String contentType = "text/plain; version=0.0.4";
    private volatile int status = 200;
    private volatile long delayMs;

    public FakeTarget() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            acceptHeaders.add(String.valueOf(ex.getRequestHeaders().getFirst("Accept")));
            String enc = String.valueOf(ex.getRequestHeaders().getFirst("Accept-Encoding"));
            encodings.add(enc);
            queries.add(ex.getRequestURI().getPath() + "?" + ex.getRequestURI().getRawQuery());
            try {
                Thread.sleep(delayMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] raw = body.getBytes(StandardCharsets.UTF_8);
            if (enc.contains("gzip")) {
                ByteArrayOutputStream bos = new ByteArrayOutputStream();
                try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
                    gz.write(raw);
                }
                raw = bos.toByteArray();
                ex.getResponseHeaders().set("Content-Encoding", "gzip");
            }
            if (!contentType.isEmpty()) {
                ex.getResponseHeaders().set("Content-Type", contentType);
            }
            ex.sendResponseHeaders(status, raw.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(raw);
            } catch (IOException ignored) {
                // the scraper gave up (timeout)
            }
        });
        server.start();
    }

    public String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    public FakeTarget body(String text) {
        body = text;
        return this;
    }

    public FakeTarget contentType(String type) {
        contentType = type;
        return this;
    }

    public FakeTarget status(int code) {
        status = code;
        return this;
    }

    public FakeTarget delayMs(long ms) {
        delayMs = ms;
        return this;
    }

    public List<String> acceptHeaders() {
        return acceptHeaders;
    }

    public List<String> encodings() {
        return encodings;
    }

    public List<String> requests() {
        return queries;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
