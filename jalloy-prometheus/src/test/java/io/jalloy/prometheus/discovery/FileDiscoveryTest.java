package io.jalloy.prometheus.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.discovery.Target;
import io.jalloy.prometheus.discovery.file.Arguments;
import io.jalloy.prometheus.discovery.file.FileDiscoveryProvider;
import io.jalloy.runtime.componenttest.ComponentTestController;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDiscoveryTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void readsJsonAndYamlTargetGroupsMatchedByGlobs(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("a.json");
        Files.writeString(json, """
                [{"targets": ["host1:9100", "host2:9100"], "labels": {"env": "prod"}}]
                """);
        Path yaml = dir.resolve("b.yml");
        Files.writeString(yaml, """
                - targets: ["host3:9100"]
                  labels:
                    env: dev
                """);
        Files.writeString(dir.resolve("ignored.txt"), "not matched");
        try (var c = ComponentTestController.<Arguments, DiscoveryExports>of(new FileDiscoveryProvider())) {
            c.start(c.parseArguments("files = [\"" + dir + "/*.json\", \"" + dir + "/*.yml\"]\nrefresh_interval = \"100ms\""));
            List<Target> targets = c.waitExports(e -> e.targets().size() == 3, WAIT).targets();
            assertThat(targets).contains(
                    Target.of("__address__", "host1:9100", "env", "prod", "__meta_filepath", json.toString()),
                    Target.of("__address__", "host3:9100", "env", "dev", "__meta_filepath", yaml.toString()));
            Files.writeString(json, "[{\"targets\": [\"host9:1\"]}]");
            List<Target> next = c.waitExports(e -> e.targets().size() == 2, WAIT).targets();
            assertThat(next).contains(Target.of("__address__", "host9:1", "__meta_filepath", json.toString()));
            Files.writeString(json, "{not valid");
            Thread.sleep(300);
            assertThat(c.exports().targets()).hasSize(2);
        }
    }

    @Test
    void refreshIntervalDefaultsToFiveMinutes() throws Exception {
        try (var c = ComponentTestController.<Arguments, DiscoveryExports>of(new FileDiscoveryProvider())) {
            assertThat(c.parseArguments("files = []").refreshInterval()).isEqualTo(Duration.ofMinutes(5));
        }
    }
}
