package io.jalloy.prometheus.exporter.unix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.jalloy.common.discovery.Target;
import io.jalloy.component.ComponentResponse;
import io.jalloy.prometheus.exporter.Exports;
import io.jalloy.prometheus.exporter.unix.internal.NodeCollectors;
import io.jalloy.prometheus.testing.ExpositionShape;
import io.jalloy.prometheus.testing.NodeExporterProcess;
import io.jalloy.runtime.componenttest.ComponentTestController;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Compares the exporter with the real node_exporter on this machine, collector by collector. */
class UnixExporterTest {
    private static final String[] NOT_COLLECTORS = {"go_", "process_", "promhttp_", "node_exporter_build_info"};

    private static byte[] realNodeExporter(String... collectors) throws Exception {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--collector.disable-defaults",
                "--no-collector.cpu.guest",
                "--collector.diskstats.device-exclude=" + CollectorBlocks.Disk.DEFAULT_EXCLUDE,
                "--collector.filesystem.mount-points-exclude=" + CollectorBlocks.Filesystem.DEFAULT_MOUNT_POINTS_EXCLUDE,
                "--collector.filesystem.fs-types-exclude=" + CollectorBlocks.Filesystem.DEFAULT_FS_TYPES_EXCLUDE,
                "--collector.vmstat.fields=" + CollectorBlocks.VmStat.defaults().fields()));
        for (String c : collectors) {
            args.add("--collector." + c);
        }
        try (NodeExporterProcess ne = NodeExporterProcess.start(args.toArray(String[]::new))) {
            HttpResponse<byte[]> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://" + ne.address() + "/metrics"))
                            .header("Accept", "text/plain;version=0.0.4").timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return r.body();
        }
    }

    @Test
    void metricNamesLabelsAndHelpMatchTheRealNodeExporter() throws Exception {
        byte[] real = realNodeExporter(NodeCollectors.IMPLEMENTED.toArray(String[]::new));
        try (var c = ComponentTestController.<Arguments, Exports>of(new UnixProvider())) {
            c.start(c.parseArguments(""));
            ComponentResponse mine = c.get("/metrics");
            assertThat(mine.status()).isEqualTo(200);
            ExpositionShape ours = ExpositionShape.of(mine.body()).without(NOT_COLLECTORS);
            ExpositionShape theirs = ExpositionShape.of(real).without(NOT_COLLECTORS);
            assertThat(theirs.labelNames).hasSizeGreaterThan(60).containsKeys("node_cpu_seconds_total",
                    "node_disk_io_now", "node_filesystem_files", "node_network_receive_nohandler_total",
                    "node_time_clocksource_current_info", "node_uname_info", "node_vmstat_pgfault", "node_load1");
            assertThat(ours.labelNames).isEqualTo(theirs.labelNames);
            assertThat(theirs.firstValue.get("node_memory_MemTotal_bytes{}")).isPositive();
            assertThat(ours.help).isEqualTo(theirs.help);
            assertThat(ours.firstValue.get("node_memory_MemTotal_bytes{}"))
                    .isEqualTo(theirs.firstValue.get("node_memory_MemTotal_bytes{}"));
            assertThat(ours.firstValue.get("node_boot_time_seconds{}"))
                    .isCloseTo(theirs.firstValue.get("node_boot_time_seconds{}"), within(1.0));
            theirs.firstValue.forEach((series, v) -> {
                if (series.startsWith("node_filesystem_size_bytes") || series.startsWith("node_filesystem_files{")) {
                    assertThat(ours.firstValue).as(series).containsKey(series);
                    assertThat(ours.firstValue.get(series)).as(series).isEqualTo(v);
                }
            });
            assertThat(ours.firstValue).containsEntry("node_scrape_collector_success{collector=\"meminfo\"}", 1.0);
        }
    }

    @Test
    void collectorListsSelectWhatRuns() throws Exception {
        try (var c = ComponentTestController.<Arguments, Exports>of(new UnixProvider())) {
            c.start(c.parseArguments("""
                    set_collectors     = ["cpu", "loadavg", "systemd"]
                    enable_collectors  = ["meminfo"]
                    disable_collectors = ["cpu"]
                    """));
            ExpositionShape shape = ExpositionShape.of(c.get("/metrics").body());
            assertThat(shape.labelNames).containsKeys("node_load1", "node_memory_MemTotal_bytes")
                    .doesNotContainKey("node_cpu_seconds_total");
            assertThat(c.get("/other").status()).isEqualTo(404);
        }
    }

    @Test
    void exportsATargetAtTheComponentsMetricsPath() throws Exception {
        try (var c = ComponentTestController.<Arguments, Exports>of(new UnixProvider())) {
            c.start(c.parseArguments(""));
            Target t = c.waitExports(Duration.ofSeconds(5)).targets().getFirst();
            assertThat(t.get("__metrics_path__")).isEqualTo("/api/v0/component/" + c.id() + "/metrics");
            assertThat(t.get("__address__")).isEqualTo(io.jalloy.component.ServerAddress.get());
            assertThat(t.get("job")).isEqualTo("integrations/unix");
            assertThat(t.get("__meta_component_id")).isEqualTo(c.id());
            assertThat(t.get("instance")).isNotEmpty();
        }
    }
}
