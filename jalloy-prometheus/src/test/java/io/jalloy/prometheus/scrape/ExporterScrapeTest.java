package io.jalloy.prometheus.scrape;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.jalloy.common.labels.Labels;
import io.jalloy.component.ComponentResponse;
import io.jalloy.component.NoExports;
import io.jalloy.component.ServerAddress;
import io.jalloy.prometheus.exporter.Exports;
import io.jalloy.prometheus.exporter.unix.UnixProvider;
import io.jalloy.prometheus.testing.CollectingMetricsReceiver;
import io.jalloy.runtime.componenttest.ComponentTestController;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * prometheus.exporter.unix scraped by prometheus.scrape through its exported target, with a small
 * HTTP server standing in for the runtime's component routes.
 */
class ExporterScrapeTest {

    @Test
    void theUnixExportersTargetIsScrapedAtItsComponentPath() throws Exception {
        CollectingMetricsReceiver out = new CollectingMetricsReceiver();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String previous = ServerAddress.get();
        ServerAddress.set("127.0.0.1:" + server.getAddress().getPort());
        try (var unix = ComponentTestController.<io.jalloy.prometheus.exporter.unix.Arguments, Exports>of(new UnixProvider());
             var scrape = ComponentTestController.<Arguments, NoExports>of(new ScrapeProvider())) {
            unix.start(unix.parseArguments("set_collectors = [\"loadavg\", \"meminfo\"]"));
            String prefix = "/api/v0/component/" + unix.id();
            server.createContext(prefix + "/", ex -> {
                try {
                    ComponentResponse r = unix.get(ex.getRequestURI().getPath().substring(prefix.length()));
                    ex.getResponseHeaders().set("Content-Type", r.contentType());
                    ex.sendResponseHeaders(r.status(), r.body().length);
                    ex.getResponseBody().write(r.body());
                } catch (Exception e) {
                    ex.sendResponseHeaders(500, -1);
                } finally {
                    ex.close();
                }
            });
            server.start();
            Exports targets = unix.waitExports(Duration.ofSeconds(5));
            scrape.start(scrape.parseArguments("targets = []\nforward_to = []\nscrape_interval = \"1s\"\n"
                    + "scrape_timeout = \"1s\"").withTargets(targets.targets(), List.of(out)));
            out.await(s -> s.stream().anyMatch(x -> x.name().equals("node_load1")), Duration.ofSeconds(10));
            Labels load = out.named("node_load1").getFirst().labels();
            assertThat(load.get("job")).isEqualTo("integrations/unix");
            assertThat(load.get("instance")).isEqualTo(targets.targets().getFirst().get("instance"));
            assertThat(load.has("__address__") || load.has("__metrics_path__") || load.has("__meta_component_id")).isFalse();
            assertThat(out.named("up")).anySatisfy(up -> assertThat(up.value()).isEqualTo(1.0));
            assertThat(out.named("node_memory_MemTotal_bytes")).isNotEmpty();
        } finally {
            ServerAddress.set(previous);
            server.stop(0);
        }
    }
}
