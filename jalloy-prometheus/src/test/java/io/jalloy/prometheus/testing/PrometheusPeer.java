package io.jalloy.prometheus.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Prometheus (Debian's {@code prometheus} package) on a free loopback port with a temporary
 * data directory. Missing binary: the test fails under CI=true and is skipped otherwise.
 */
public final class PrometheusPeer implements AutoCloseable {
    private static final Path BINARY = Path.of("/usr/bin/prometheus");

    private final Process process;
    private final Path dir;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    private PrometheusPeer(Process process, Path dir, int port) {
        this.process = process;
        this.dir = dir;
        this.port = port;
    }

    /**
     * Starts Prometheus with {@code extraConfig} (YAML appended after the global block, {@code %SELF%}
     * replaced by its own port) and waits until ready.
     */
    public static PrometheusPeer start(String extraConfig) throws Exception {
        if (!Files.isExecutable(BINARY)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("prometheus is not installed (Debian package prometheus)");
            }
            Assumptions.abort("prometheus is not installed (apt-get install prometheus)");
        }
        Path dir = Files.createTempDirectory("jalloy-prometheus-peer-");
        int port = freePort();
        Path config = dir.resolve("prometheus.yml");
        Files.writeString(config, "global:\n  scrape_interval: 1s\n" + extraConfig.replace("%SELF%", String.valueOf(port)));
        Process p = new ProcessBuilder(BINARY.toString(), "--web.enable-remote-write-receiver",
                "--config.file=" + config, "--storage.tsdb.path=" + dir.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
        PrometheusPeer peer = new PrometheusPeer(p, dir, port);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                if (peer.get("/-/ready").statusCode() == 200) {
                    return peer;
                }
            } catch (IOException ignored) {
                // not listening yet
            }
            if (System.nanoTime() > deadline || !p.isAlive()) {
                String log = Files.readString(dir.resolve("log"));
                peer.close();
                throw new IllegalStateException("prometheus did not become ready:\n" + log);
            }
            Thread.sleep(100);
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

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The raw JSON of an instant query evaluated at {@code timeSeconds}. */
    public String query(String promql, double timeSeconds) throws IOException, InterruptedException {
        return get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8) + "&time="
                + timeSeconds).body();
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
