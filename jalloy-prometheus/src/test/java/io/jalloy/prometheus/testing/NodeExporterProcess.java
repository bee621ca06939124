package io.jalloy.prometheus.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * A real node_exporter on a free loopback port, for tests. When the binary is missing the test is
 * skipped, except under CI=true where that is a failure.
 */
public final class NodeExporterProcess implements AutoCloseable {
    private final Process process;
    private final String address;

    private NodeExporterProcess(Process process, String address) {
        this.process = process;
        this.address = address;
    }

    /** Starts node_exporter with {@code extraArgs}, waiting until it serves /metrics. */
    public static NodeExporterProcess start(String... extraArgs) throws Exception {
        Path binary = null;
        for (String candidate : List.of("/usr/bin/prometheus-node-exporter", "/usr/bin/node_exporter")) {
            if (Files.isExecutable(Path.of(candidate))) {
                binary = Path.of(candidate);
                break;
            }
        }
        if (binary == null) {
            String why = "prometheus-node-exporter is not installed (apt-get install prometheus-node-exporter)";
            if ("true".equals(System.getenv("CI"))) {
                fail(why + "; it is required when CI=true");
            }
            Assumptions.abort(why);
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--web.listen-address=127.0.0.1:" + port));
        cmd.addAll(List.of(extraArgs));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        NodeExporterProcess ne = new NodeExporterProcess(p, "127.0.0.1:" + port);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://" + ne.address + "/metrics"))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return ne;
                }
            } catch (IOException notYet) {
                // still starting
            }
            if (!p.isAlive() || System.nanoTime() > deadline) {
                ne.close();
                fail("node_exporter did not come up on " + ne.address);
            }
            Thread.sleep(100);
        }
    }

    /** host:port it listens on. */
    public String address() {
        return address;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
