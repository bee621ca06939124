package io.jalloy.prometheus.scrape;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.discovery.Target;
import io.jalloy.component.NoExports;
import io.jalloy.prometheus.testing.CollectingMetricsReceiver;
import io.jalloy.prometheus.testing.CollectingMetricsReceiver.Sample;
import io.jalloy.prometheus.testing.NodeExporterProcess;
import io.jalloy.runtime.componenttest.ComponentTestController;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Scrapes a real node_exporter through the component, as a user's configuration would. */
class NodeExporterScrapeTest {

    @Test
    void scrapesARealNodeExporterRepeatedlyWithStableSeries() throws Exception {
        CollectingMetricsReceiver out = new CollectingMetricsReceiver();
        try (NodeExporterProcess ne = NodeExporterProcess.start();
             var c = ComponentTestController.<Arguments, NoExports>of(new ScrapeProvider())) {
            Arguments a = c.parseArguments("""
                    targets = []
                    forward_to = []
                    job_name = "node"
                    scrape_interval = "300ms"
                    scrape_timeout = "300ms"
                    """).withTargets(List.of(Target.of("__address__", ne.address())), List.of(out));
            c.start(a);
            out.await(s -> s.stream().filter(x -> x.name().equals("up")).count() >= 2, Duration.ofSeconds(20));
            List<Sample> up = out.named("up");
            assertThat(up).allSatisfy(s -> assertThat(s.value()).isEqualTo(1.0));
            List<Sample> added = out.named("scrape_series_added");
            List<Sample> scraped = out.named("scrape_samples_scraped");
            assertThat(scraped.getFirst().value()).isGreaterThan(100);
            assertThat(added.getFirst().value()).isEqualTo(scraped.getFirst().value());
            Set<String> names = out.samples().stream().map(Sample::name).collect(Collectors.toSet());
            assertThat(names).contains("node_cpu_seconds_total", "node_memory_MemTotal_bytes", "node_load1",
                    "go_goroutines");
            Sample cpu = out.named("node_cpu_seconds_total").getFirst();
            assertThat(cpu.labels().get("job")).isEqualTo("node");
            assertThat(cpu.labels().get("instance")).isEqualTo(ne.address());
            assertThat(cpu.labels().get("mode")).isNotEmpty();
            assertThat(out.refMismatches()).isZero();
        }
    }
}
