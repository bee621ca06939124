package io.jalloy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.cli.testing.Api;
import io.jalloy.cli.testing.JalloyProcess;
import io.jalloy.cli.testing.JalloyProcess.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jalloy run}: start-up failures, the logging block, shutdown. */
class RunCommandTest {
    @TempDir
    Path dir;

    @Test
    void aConfigThatFailsToLoadExitsNonZeroWithRenderedDiagnostics() throws Exception {
        Files.writeString(dir.resolve("bad.alloy"), "testing.probe \"a\" {\n  value = 1 +\n}\n");

        Result r = JalloyProcess.exec(dir, "run", "bad.alloy", "--server.http.listen-addr", "127.0.0.1:0",
                "--storage.path", dir.resolve("data").toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.stderr()).contains("Error: bad.alloy:3:1: expected expression, got }")
                .contains("3 | }")
                .endsWith("Error: could not perform the initial load successfully\n");
    }

    @Test
    void aDirectoryRunsItsAlloyFilesTogetherButNotSubdirectoriesOrOtherFiles() throws Exception {
        Path config = Files.createDirectories(dir.resolve("conf.d"));
        Files.writeString(config.resolve("a.alloy"), "testing.probe \"a\" {\n  value = \"a\"\n}\n");
        Files.writeString(config.resolve("b.alloy"), "testing.probe \"b\" {\n  value = \"b\"\n  input = testing.probe.a.output\n}\n");
        Files.writeString(config.resolve("notes.txt"), "not a config {");
        Files.writeString(Files.createDirectories(config.resolve("nested")).resolve("c.alloy"), "testing.probe \"c\" {\n  value = \"c\"\n}\n");

        try (JalloyProcess jalloy = JalloyProcess.run(dir, dir, config, Map.of(), Map.of()).awaitReady()) {
            assertThat(Api.componentIds(jalloy)).containsExactlyInAnyOrder("testing.probe.a", "testing.probe.b");
            assertThat(Api.export(jalloy, "testing.probe.b", "output")).isEqualTo("ba");
        }
    }

    @Test
    void aMissingConfigFileIsReportedAsAlloyDoes() throws Exception {
        Result r = JalloyProcess.exec(dir, "run", "missing.alloy", "--server.http.listen-addr", "127.0.0.1:0",
                "--storage.path", dir.resolve("data").toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.stderr()).contains("Error: reading config path \"missing.alloy\": stat missing.alloy: no such file or directory");
    }

    @Test
    void theLoggingBlockSwitchesToJsonLinesAndSigtermStopsCleanly() throws Exception {
        Path config = Files.writeString(dir.resolve("config.alloy"), """
                logging {
                  level  = "debug"
                  format = "json"
                }

                testing.probe "a" {
                  value = "x"
                }
                """);
        JalloyProcess jalloy = JalloyProcess.run(dir, dir, config, Map.of(), Map.of()).awaitReady();
        jalloy.post("/-/reload");
        jalloy.close();

        assertThat(jalloy.process().exitValue()).isZero();
        assertThat(jalloy.stderr()).containsPattern("\\{\"ts\":\"[^\"]+\",\"level\":\"info\",\"msg\":\"config reloaded\"}")
                .contains("interrupt received");
    }
}
