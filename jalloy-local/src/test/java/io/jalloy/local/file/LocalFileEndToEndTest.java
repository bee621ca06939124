package io.jalloy.local.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jalloy.component.HealthState;
import io.jalloy.runtime.componenttest.ComponentTestController;
import io.jalloy.syntax.value.OptionalSecret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** local.file as the runtime runs it: found by name, arguments written in Alloy. */
class LocalFileEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    Path directory;

    @Test
    void aBlockWrittenInAlloyExportsTheFileAndFollowsItsChanges() throws Exception {
        Path file = Files.writeString(directory.resolve("token"), "one");
        try (var c = ComponentTestController.forName("local.file", Arguments.class, Exports.class)) {
            c.start("filename = \"" + file + "\"\nis_secret = true");
            assertThat(c.waitExports(WAIT)).isEqualTo(new Exports(new OptionalSecret("one", true)));

            Files.writeString(file, "two");

            assertThat(c.waitExports(e -> e.content().value().equals("two"), WAIT).content().isSecret()).isTrue();
            assertThat(c.waitHealth(h -> h.state() == HealthState.HEALTHY, WAIT)).isNotNull();
        }
    }

    @Test
    void aMissingFileFailsTheBuildWithAlloysMessage() throws Exception {
        Path missing = directory.resolve("missing");
        try (var c = ComponentTestController.forName("local.file", Arguments.class, Exports.class)) {
            assertThatThrownBy(() -> c.start("filename = \"" + missing + "\""))
                    .hasMessageContaining("failed to read file: open " + missing + ": no such file or directory");
        }
    }
}
