package io.jalloy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.cli.testing.Api;
import io.jalloy.cli.testing.JalloyProcess;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's quickstart: {@code jalloy run examples/quickstart.alloy} from the repository root. */
class QuickstartTest {
    /** The checkout's root: tests run in the module directory. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @TempDir
    Path data;

    @Test
    void theQuickstartConfigBecomesReadyAndListsItsComponents() throws Exception {
        assertThat(ROOT.resolve("examples/quickstart.alloy")).exists();
        try (JalloyProcess jalloy = JalloyProcess.run(ROOT, data, Path.of("examples/quickstart.alloy"), Map.of(), Map.of())) {
            jalloy.awaitReady();

            assertThat(jalloy.get("/-/ready").body()).isEqualTo("Alloy is ready.\n");
            assertThat(Api.componentIds(jalloy)).containsExactlyInAnyOrder("local.file.targets", "discovery.relabel.production");
            assertThat(Api.health(jalloy, "discovery.relabel.production")).isEqualTo("healthy");
            assertThat(Api.component(jalloy, "discovery.relabel.production").path("exports").toString())
                    .contains("app-1:8080").contains("app-3:8080").doesNotContain("app-2:8080").contains("platform");
        }
    }

    @Test
    void theQuickstartConfigValidates() throws Exception {
        JalloyProcess.Result r = JalloyProcess.exec(ROOT, "validate", "examples/quickstart.alloy");

        assertThat(r.exitCode()).as(r.stderr()).isZero();
    }
}
