package io.jalloy.prometheus.receivehttp;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.http.ServerOptions;
import io.jalloy.component.NoExports;
import io.jalloy.prometheus.api.MetricsReceiver;
import io.jalloy.prometheus.testing.CollectingReceiver;
import io.jalloy.prometheus.testing.PrometheusPeer;
import io.jalloy.runtime.componenttest.ComponentTestController;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Stopping {@code prometheus.receive_http} as Alloy's server shuts down: requests in flight get up
 * to {@code graceful_shutdown_timeout} (30 s by default, kept here), new ones are refused, idle
 * keep-alive and half-read connections are not waited for.
 */
class ReceiveHttpStopTest {
    /** Pools its connections: after a request, one stays open (keep-alive). */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static ComponentTestController<Arguments, NoExports> start(int port, MetricsReceiver to) throws Exception {
        var c = ComponentTestController.forName("prometheus.receive_http", Arguments.class, NoExports.class);
        c.start(Arguments.of(new ServerOptions("127.0.0.1", port, 0, Duration.ZERO, Duration.ZERO, Duration.ZERO),
                List.of(to)));
        return c;
    }

    private CompletableFuture<HttpResponse<Void>> post(int port) {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + WriteHandler.PATH))
                .header("Content-Encoding", "snappy").header("Content-Type", "application/x-protobuf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {0})).build(); // an empty WriteRequest
        return http.sendAsync(req, HttpResponse.BodyHandlers.discarding());
    }

    @Test
    void stopReturnsAtOnceWhileAClientHoldsAnIdleKeepAliveConnection() throws Exception {
        int port = PrometheusPeer.freePort();
        var c = start(port, new CollectingReceiver());
        assertThat(post(port).get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(204); // the connection stays open

        long t0 = System.nanoTime();
        c.close();
        long tookMs = (System.nanoTime() - t0) / 1_000_000;

        assertThat(tookMs).as("stop with an idle keep-alive connection and a 30 s graceful timeout").isLessThan(1000);
    }

    /** What a Prometheus peer does: a request every few milliseconds on its kept-alive connections. */
    @Test
    void stopReturnsAtOnceWhileAClientKeepsSendingOnItsConnections() throws Exception {
        int port = PrometheusPeer.freePort();
        var c = start(port, new CollectingReceiver());
        assertThat(post(port).get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(204);
        AtomicBoolean sending = new AtomicBoolean(true);
        Thread sender = Thread.ofVirtual().start(() -> {
            while (sending.get()) {
                try {
                    post(port).get(5, TimeUnit.SECONDS);
                    Thread.sleep(5);
                } catch (Exception e) {
                    // refused once stopped: keep trying until the test ends, as a peer would
                }
            }
        });
        Thread.sleep(200);

        long t0 = System.nanoTime();
        c.close();
        long tookMs = (System.nanoTime() - t0) / 1_000_000;
        sending.set(false);
        sender.join();

        assertThat(tookMs).as("stop with a client sending continuously and a 30 s graceful timeout").isLessThan(1000);
    }

    /**
     * The JDK server's own graceful stop waits out its whole delay when a connection that was
     * reading a request at stop time is closed by its client (as a Prometheus peer going away does).
     */
    @Test
    void aClientGoingAwayMidRequestDoesNotHoldStop() throws Exception {
        int port = PrometheusPeer.freePort();
        var c = start(port, new CollectingReceiver());
        long tookMs;
        try (Socket client = new Socket("127.0.0.1", port)) {
            client.getOutputStream().write(("POST " + WriteHandler.PATH + " HTT")
                    .getBytes(StandardCharsets.US_ASCII)); // the request line not finished
            client.getOutputStream().flush();
            Thread.sleep(200);
            long t0 = System.nanoTime();
            CompletableFuture<Void> stopped = CompletableFuture.runAsync(() -> {
                try {
                    c.close();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(200);
            client.close();
            stopped.get(10, TimeUnit.SECONDS);
            tookMs = (System.nanoTime() - t0) / 1_000_000;
        }

        assertThat(tookMs).as("stop with a 30 s graceful timeout").isLessThan(1500);
    }

    @Test
    void aRequestInFlightIsAnsweredBeforeStopReturns() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CollectingReceiver sink = new CollectingReceiver();
        MetricsReceiver slow = () -> {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return sink.appender();
        };
        int port = PrometheusPeer.freePort();
        var c = start(port, slow);
        CompletableFuture<HttpResponse<Void>> response = post(port);
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> stopped = CompletableFuture.runAsync(() -> {
            try {
                c.close();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(300);
        assertThat(stopped).as("stop waits for the request in flight").isNotDone();
        try (Socket other = new Socket("127.0.0.1", port)) { // not the pooled client: it may queue behind the first request
            other.getOutputStream().write(("POST " + WriteHandler.PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String status = new BufferedReader(new InputStreamReader(other.getInputStream())).readLine();
            assertThat(status).as("a new request while stopping").startsWith("HTTP/1.1 503");
        }
        release.countDown();

        assertThat(response.get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(204);
        stopped.get(5, TimeUnit.SECONDS);
        assertThat(sink.commits()).isEqualTo(1);
    }
}
