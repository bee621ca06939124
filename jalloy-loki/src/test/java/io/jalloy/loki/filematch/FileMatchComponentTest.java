package io.jalloy.loki.filematch;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.discovery.Target;
import io.jalloy.runtime.componenttest.ComponentTestController;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileMatchComponentTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @Test
    void exportsOneTargetPerFileAndNoticesNewFilesEverySyncPeriod() throws Exception {
        Files.writeString(dir.resolve("a.log"), "");
        try (var c = ComponentTestController.forName("local.file_match", Arguments.class, Exports.class)) {
            c.start("path_targets = [{\"__path__\" = \"" + dir + "/*.log\", \"job\" = \"j\"}]\nsync_period = \"50ms\"");
            Exports first = c.waitExports(e -> e.targets().size() == 1, WAIT);
            assertThat(first.targets()).containsExactly(Target.of("__path__", dir.resolve("a.log").toString(), "job", "j"));
            Files.writeString(dir.resolve("b.log"), "");
            Exports second = c.waitExports(e -> e.targets().size() == 2, WAIT);
            assertThat(second.targets().get(1).get("__path__")).isEqualTo(dir.resolve("b.log").toString());
        }
    }

    @Test
    void defaultsAreAlloys() {
        assertThat(Arguments.defaults().syncPeriod()).isEqualTo(Duration.ofSeconds(10));
        assertThat(Arguments.defaults().ignoreOlderThan()).isZero();
    }
}
