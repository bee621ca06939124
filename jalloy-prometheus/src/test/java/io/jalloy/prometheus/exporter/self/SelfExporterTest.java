package io.jalloy.prometheus.exporter.self;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.jalloy.common.discovery.Target;
import io.jalloy.component.ComponentResponse;
import io.jalloy.component.ServerAddress;
import io.jalloy.prometheus.exporter.Exports;
import io.jalloy.runtime.componenttest.ComponentTestController;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SelfExporterTest {

    @Test
    void exportsATargetAndRelaysTheProcessMetrics() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/metrics", ex -> {
            byte[] body = "alloy_build_info 1\n".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        String previous = ServerAddress.get();
        ServerAddress.set("127.0.0.1:" + server.getAddress().getPort());
        try (var c = ComponentTestController.<Arguments, Exports>of(new SelfProvider())) {
            c.start(c.parseArguments(""));
            Target t = c.waitExports(Duration.ofSeconds(5)).targets().getFirst();
            assertThat(t.get("__address__")).isEqualTo("127.0.0.1:" + server.getAddress().getPort());
            assertThat(t.get("__metrics_path__")).isEqualTo("/api/v0/component/" + c.id() + "/metrics");
            assertThat(t.get("job")).isEqualTo("integrations/self");
            ComponentResponse r = c.get("/metrics");
            assertThat(r.status()).isEqualTo(200);
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("alloy_build_info 1\n");
        } finally {
            ServerAddress.set(previous);
            server.stop(0);
        }
    }
}
