package io.jalloy.common.http.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The blocking HTTP/1.1 push connection against the JDK's HTTP server and a scripted socket. */
class Http1ConnectionTest {
    private static final Map<String, List<String>> HEADERS = Map.of(
            "Content-Type", List.of("application/x-protobuf"), "X-Scope-OrgID", List.of("tenant-a"));

    private HttpServer server;
    private final List<String> seen = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private URI serve(int status, String reply, boolean chunked) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/loki/api/v1/push", ex -> {
            byte[] body = ex.getRequestBody().readAllBytes();
            seen.add(ex.getRequestMethod() + " " + ex.getRequestURI() + " " + ex.getRequestHeaders().getFirst("X-scope-orgid")
                    + " " + ex.getRequestHeaders().getFirst("Content-type") + " " + new String(body, StandardCharsets.UTF_8));
            byte[] out = reply.getBytes(StandardCharsets.UTF_8);
            if (out.length == 0) {
                ex.sendResponseHeaders(status, -1);
            } else {
                ex.sendResponseHeaders(status, chunked ? 0 : out.length);
                try (OutputStream o = ex.getResponseBody()) {
                    o.write(out);
                }
            }
            ex.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/loki/api/v1/push?x=1");
    }

    @Test
    void postsTheBodyWithTheHeadersAndReusesTheConnection() throws Exception {
        URI url = serve(204, "", false);
        try (Http1Connection c = new Http1Connection(url, Duration.ofSeconds(5))) {
            byte[] body = "hello-push-extra".getBytes(StandardCharsets.UTF_8);
            assertThat(c.post(HEADERS, body, 10, 1024).status()).isEqualTo(204);
            assertThat(c.post(HEADERS, body, 10, 1024).status()).isEqualTo(204);
        }
        assertThat(seen).containsExactly(
                "POST /loki/api/v1/push?x=1 tenant-a application/x-protobuf hello-push",
                "POST /loki/api/v1/push?x=1 tenant-a application/x-protobuf hello-push");
    }

    @Test
    void getsAWholeBodyIntoAGrowingBufferWithItsContentType() throws Exception {
        String text = "metric_a 1\n".repeat(100);
        URI url = serve(200, text, true);
        try (Http1Connection c = new Http1Connection(url, Duration.ofSeconds(5))) {
            for (int i = 0; i < 2; i++) {
                Http1Connection.Fetched f = c.get(Map.of("Accept", List.of("text/plain")), new byte[16], 0);
                assertThat(f.status()).isEqualTo(200);
                assertThat(f.overLimit()).isFalse();
                assertThat(new String(f.body(), 0, f.length(), StandardCharsets.UTF_8)).isEqualTo(text);
            }
        }
        assertThat(seen).hasSize(2).allMatch(s -> s.startsWith("GET /loki/api/v1/push?x=1 "));
    }

    @Test
    void aGetPastTheLimitStopsReadingAndSaysSo() throws Exception {
        URI url = serve(200, "x".repeat(10_000), false);
        try (Http1Connection c = new Http1Connection(url, Duration.ofSeconds(5))) {
            Http1Connection.Fetched f = c.get(Map.of(), new byte[64], 1000);
            assertThat(f.overLimit()).isTrue();
            assertThat(f.length()).isLessThanOrEqualTo(1000);
            assertThat(c.get(Map.of(), new byte[64], 0).length()).isEqualTo(10_000);
        }
    }

    @Test
    void errorBodiesAreKeptUpToTheLimitWithContentLength() throws Exception {
        URI url = serve(500, "ingester unavailable", false);
        try (Http1Connection c = new Http1Connection(url, Duration.ofSeconds(5))) {
            Http1Connection.Reply r = c.post(HEADERS, new byte[1], 1, 8);
            assertThat(r.status()).isEqualTo(500);
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("ingester");
            assertThat(c.post(HEADERS, new byte[1], 1, 1024).status()).isEqualTo(500);
        }
    }

    @Test
    void chunkedErrorBodiesAreDecoded() throws Exception {
        URI url = serve(429, "slow down", true);
        try (Http1Connection c = new Http1Connection(url, Duration.ofSeconds(5))) {
            Http1Connection.Reply r = c.post(HEADERS, new byte[1], 1, 1024);
            assertThat(r.status()).isEqualTo(429);
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("slow down");
            assertThat(c.post(HEADERS, new byte[1], 1, 1024).status()).isEqualTo(429);
        }
    }

    @Test
    void aKeptAliveConnectionTheServerClosedIsReplacedWithoutAnError() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket ss = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            Thread t = Thread.ofVirtual().start(() -> {
                while (!ss.isClosed()) {
                    try (Socket s = ss.accept()) {
                        connections.incrementAndGet();
                        readRequest(s.getInputStream());
                        // Answers keep-alive, then closes anyway: the next request must reconnect.
                        s.getOutputStream().write("HTTP/1.1 204 No Content\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                        s.getOutputStream().flush();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            URI url = URI.create("http://127.0.0.1:" + ss.getLocalPort() + "/push");
            try (Http1Connection c = new Http1Connection(url, Duration.ofSeconds(5))) {
                assertThat(c.post(HEADERS, new byte[3], 3, 64).status()).isEqualTo(204);
                Thread.sleep(50);
                assertThat(c.post(HEADERS, new byte[3], 3, 64).status()).isEqualTo(204);
            }
            assertThat(connections.get()).isEqualTo(2);
            ss.close();
            t.join(2000);
        }
    }

    @Test
    void aRefusedConnectionIsAnIoException() throws Exception {
        int port;
        try (ServerSocket ss = new ServerSocket(0)) {
            port = ss.getLocalPort();
        }
        try (Http1Connection c = new Http1Connection(URI.create("http://127.0.0.1:" + port + "/"), Duration.ofSeconds(2))) {
            assertThatThrownBy(() -> c.post(HEADERS, new byte[1], 1, 64)).isInstanceOf(IOException.class);
        }
    }

    @Test
    void onlyPlainHttpWithoutAProxyTakesThisPath() {
        assertThat(Http1Connection.applies(URI.create("http://loki:3100/x"), false)).isTrue();
        assertThat(Http1Connection.applies(URI.create("https://loki:3100/x"), false)).isFalse();
        assertThat(Http1Connection.applies(URI.create("http://loki:3100/x"), true)).isFalse();
    }

    /** Reads one request with a Content-Length body. */
    private static void readRequest(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("eof");
            }
            head.append((char) c);
        }
        int length = 0;
        for (String line : head.toString().split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        in.readNBytes(length);
    }
}
