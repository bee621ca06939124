package io.jalloy.prometheus.testing;

import com.sun.net.httpserver.HttpServer;
import io.jalloy.prometheus.internal.remotewrite.DecodedWriteRequest;
import io.jalloy.common.compress.SnappyBlock;
import io.jalloy.prometheus.internal.remotewrite.WriteRequestDecoder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A Remote Write receiver for tests: answers every POST with a settable status and keeps the
 * decoded requests it answered 2xx (and every request's headers).
 */
public final class CollectingServer implements AutoCloseable {
    private final HttpServer server;
    private final List<DecodedWriteRequest> accepted = new ArrayList<>();
    private final List<Map<String, List<String>>> headers = new ArrayList<>();
    private volatile int status = 204;
    private volatile long delayMillis;
    private int attempts;

    public CollectingServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/api/v1/write", ex -> {
            try (ex) {
                byte[] raw = ex.getRequestBody().readAllBytes();
                if (delayMillis > 0) {
                    try {
                        Thread.sleep(delayMillis);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                DecodedWriteRequest req = WriteRequestDecoder.decode(SnappyBlock.decompress(raw, 0, raw.length));
                int s = status;
                synchronized (this) {
                    attempts++;
                    headers.add(Map.copyOf(ex.getRequestHeaders()));
                    if (s / 100 == 2) {
                        accepted.add(req);
                    }
                    notifyAll();
                }
                ex.sendResponseHeaders(s, -1);
            }
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/write";
    }

    /** Makes every answer take {@code millis} (a slow receiver). */
    public void delay(long millis) {
        delayMillis = millis;
    }

    public void status(int s) {
        status = s;
    }

    public synchronized int attempts() {
        return attempts;
    }

    public synchronized List<Map<String, List<String>>> headers() {
        return List.copyOf(headers);
    }

    /** Every float sample accepted so far, flattened. */
    public synchronized List<CollectingReceiver.Sample> samples() {
        List<CollectingReceiver.Sample> out = new ArrayList<>();
        for (DecodedWriteRequest r : accepted) {
            for (DecodedWriteRequest.Series s : r.series()) {
                for (int i = 0; i < s.timestamps().length; i++) {
                    out.add(new CollectingReceiver.Sample(s.labels(), s.timestamps()[i], s.values()[i]));
                }
            }
        }
        return out;
    }

    public synchronized List<DecodedWriteRequest> requests() {
        return List.copyOf(accepted);
    }

    /** Waits until at least {@code n} samples were accepted. */
    public synchronized void awaitSamples(int n, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (samples().size() < n && System.currentTimeMillis() < deadline) {
            wait(50);
        }
    }

    /** Waits until at least {@code n} requests were attempted. */
    public synchronized void awaitAttempts(int n, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (attempts < n && System.currentTimeMillis() < deadline) {
            wait(50);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
