package io.jalloy.cli.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An HTTP proxy on 127.0.0.1 between a pushing client and its receiver that can answer in the
 * receiver's place with 429 or 500 (without forwarding), answers 502 while the receiver is down,
 * and otherwise forwards each request whole and returns the receiver's answer.
 *
 * <p>Forwarding is serialised under one lock, so that {@link #whileIdle} can act (kill the client,
 * stop the receiver) at a moment when no push is between the two: a push the receiver took but
 * whose answer never reached the client is resent by any client, and is not what a test of the
 * client's own bookkeeping should count. Requests that arrived before such an action are answered
 * 503 and not forwarded. Threads: the server's handler threads and the test thread.
 */
public final class FaultProxy implements AutoCloseable {
    /** What the proxy does with the next requests. */
    public enum Mode { FORWARD, REJECT_429, REJECT_500 }

    private static final List<String> HEADERS = List.of("Content-Type", "Content-Encoding", "X-Scope-OrgID", "User-Agent");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI upstream;
    private final ReentrantLock forwarding = new ReentrantLock();
    private final AtomicLong epoch = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong failedUpstream = new AtomicLong();
    private final AtomicLong forwarded = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private volatile Mode mode = Mode.FORWARD;
    private volatile long lastAnswerNanos = System.nanoTime();

    /** Starts a proxy forwarding every path to the same path at {@code upstreamBase} (e.g. http://127.0.0.1:1234). */
    public FaultProxy(String upstreamBase) throws IOException {
        this.upstream = URI.create(upstreamBase);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** The base URL clients push to. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Requests forwarded to the receiver and answered by it so far. */
    public long forwarded() {
        return forwarded.get();
    }

    /** Requests not forwarded because the sender was killed after sending them. */
    public long dropped() {
        return dropped.get();
    }

    public void mode(Mode m) {
        this.mode = m;
    }

    /** Requests answered 429 or 500 in the receiver's place so far. */
    public long rejected() {
        return rejected.get();
    }

    /** Requests answered 502 because the receiver could not be reached. */
    public long failedUpstream() {
        return failedUpstream.get();
    }

    /**
     * Runs {@code action} while no request is being forwarded and none was answered in the last
     * {@code quiet}: the client has had time to record its last answer. Requests that reach the
     * proxy until {@code quiet} after the action (sent before it, dispatched late) are not forwarded.
     */
    public void whileIdle(Duration quiet, ThrowingRunnable action) throws Exception {
        while (true) {
            forwarding.lock();
            try {
                if (System.nanoTime() - lastAnswerNanos >= quiet.toNanos()) {
                    epoch.incrementAndGet();
                    action.run();
                    Thread.sleep(quiet);
                    epoch.incrementAndGet();
                    return;
                }
            } finally {
                forwarding.unlock();
            }
            Thread.sleep(5);
        }
    }

    /** An action that may throw. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    private void handle(HttpExchange ex) throws IOException {
        long seen = epoch.get();
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
            body = in.readAllBytes();
        }
        forwarding.lock();
        try {
            if (epoch.get() != seen) {
                dropped.incrementAndGet();
                answer(ex, 503, "sender gone");
                return;
            }
            Mode m = mode;
            if (m == Mode.REJECT_429 || m == Mode.REJECT_500) {
                rejected.incrementAndGet();
                answer(ex, m == Mode.REJECT_429 ? 429 : 500, "injected fault");
                return;
            }
            HttpRequest.Builder req = HttpRequest.newBuilder(upstream.resolve(ex.getRequestURI().getRawPath()))
                    .timeout(Duration.ofSeconds(5))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            for (String h : HEADERS) {
                String v = ex.getRequestHeaders().getFirst(h);
                if (v != null && !h.equals("User-Agent")) {
                    req.header(h, v);
                }
            }
            HttpResponse<byte[]> resp;
            try {
                resp = client.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                failedUpstream.incrementAndGet();
                answer(ex, 502, "upstream unreachable: " + e);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                answer(ex, 502, "interrupted");
                return;
            }
            forwarded.incrementAndGet();
            byte[] out = resp.body();
            ex.sendResponseHeaders(resp.statusCode(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                try (OutputStream os = ex.getResponseBody()) {
                    os.write(out);
                }
            }
            ex.close();
        } finally {
            lastAnswerNanos = System.nanoTime();
            forwarding.unlock();
        }
    }

    private static void answer(HttpExchange ex, int status, String text) throws IOException {
        byte[] b = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(b);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        client.close();
    }
}
