package io.jalloy.prometheus.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Prometheus (Debian's {@code prometheus} package) on a free loopback port with a temporary
 * data directory, accepting remote writes. It can be stopped and started again on the same port
 * and data directory, to play a receiver that goes away and comes back. Missing binary: the test
 * fails under CI=true and is skipped otherwise.
 */
public final class PrometheusPeer implements AutoCloseable {
    private static final Path BINARY = Path.of("/usr/bin/prometheus");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path dir;
    private final int port;
    private Process process;

    private PrometheusPeer(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /**
     * Starts Prometheus with {@code extraConfig} (YAML appended after the global block, {@code %SELF%}
     * replaced by its own port) and waits until ready.
     */
    public static PrometheusPeer start(String extraConfig) throws Exception {
        return start(extraConfig, freePort());
    }

    /** As {@link #start(String)}, on {@code port}. */
    public static PrometheusPeer start(String extraConfig, int port) throws Exception {
        requireBinary();
        Path dir = Files.createTempDirectory("jalloy-prometheus-peer-");
        Files.writeString(dir.resolve("prometheus.yml"), "global:\n  scrape_interval: 1s\n"
                + extraConfig.replace("%SELF%", String.valueOf(port)));
        PrometheusPeer peer = new PrometheusPeer(dir, port);
        try {
            peer.restart();
        } catch (Exception | Error e) {
            peer.close();
            throw e;
        }
        return peer;
    }

    /** Fails under CI=true, or skips the test, when the prometheus binary is missing. */
    public static void requireBinary() {
        if (!Files.isExecutable(BINARY)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("prometheus is not installed (Debian package prometheus)");
            }
            Assumptions.abort("prometheus is not installed (apt-get install prometheus)");
        }
    }

    /** Starts the stopped server again with the same port, configuration and data, waiting until ready. */
    public synchronized void restart() throws Exception {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("prometheus is running");
        }
        Path log = dir.resolve("log");
        process = new ProcessBuilder(BINARY.toString(), "--web.enable-remote-write-receiver",
                "--config.file=" + dir.resolve("prometheus.yml"), "--storage.tsdb.path=" + dir.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                if (get("/-/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException ignored) {
                // not listening yet
            }
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new IllegalStateException("prometheus did not become ready:\n" + log());
            }
            Thread.sleep(100);
        }
    }

    /** Stops the server gracefully (SIGTERM), keeping its data directory for {@link #restart}. */
    public synchronized void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    public String remoteWriteUrl() {
        return "http://127.0.0.1:" + port + "/api/v1/write";
    }

    /** Everything the server logged, across restarts. */
    public String log() throws IOException {
        Path log = dir.resolve("log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The raw JSON of an instant query evaluated at {@code timeSeconds}. */
    public String query(String promql, double timeSeconds) throws IOException, InterruptedException {
        return get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8) + "&time="
                + timeSeconds).body();
    }

    /**
     * The series of an instant query evaluated at {@code timeMillis}, each with its samples: one for
     * an instant vector, the raw samples for a range selector such as {@code {job="x"}[5m]}.
     */
    public List<PromQlSeries> series(String promql, long timeMillis) throws IOException, InterruptedException {
        String time = timeMillis / 1000 + "." + String.format("%03d", timeMillis % 1000);
        HttpResponse<String> r = get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8)
                + "&time=" + time);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("query " + promql + " answered " + r.statusCode() + ": " + r.body());
        }
        return PromQlSeries.parse(r.body());
    }

    /** Stops the server and deletes its data. */
    @Override
    public void close() throws Exception {
        stop();
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
