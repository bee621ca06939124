package io.jalloy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.cli.testing.JalloyProcess;
import io.jalloy.cli.testing.JalloyProcess.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jalloy validate --env-file}: one evaluation per environment, failures named by file and position. */
class ValidateEnvFileTest {
    private static final String CONFIG = """
            local.file "settings" {
              filename       = sys.env("SETTINGS_FILE")
              poll_frequency = coalesce(sys.env("POLL"), "1m")
            }
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void write() throws Exception {
        Files.writeString(dir.resolve("config.alloy"), CONFIG);
        Files.writeString(dir.resolve("prod.env"), """
                # production
                SETTINGS_FILE=/etc/app/prod.yaml
                POLL="30s"
                """);
        Files.writeString(dir.resolve("staging.env"), "export SETTINGS_FILE='/etc/app/staging.yaml'\n");
        Files.writeString(dir.resolve("dev.env"), "# SETTINGS_FILE is missing here\nPOLL=5s\n");
    }

    @Test
    void anEnvironmentMissingARequiredVariableFailsNamingTheFileAndPosition() throws Exception {
        Result r = JalloyProcess.exec(dir, "validate", "config.alloy",
                "--env-file", "prod.env", "--env-file", "staging.env", "--env-file", "dev.env");

        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(1);
        assertThat(r.stderr())
                .contains("environment dev.env:")
                .contains("Error: config.alloy:2:20: \"filename\" is empty: environment variable SETTINGS_FILE is not set")
                .contains("Error: encountered errors during validation in 1 of 3 environments: dev.env")
                .doesNotContain("environment prod.env").doesNotContain("environment staging.env");
    }

    @Test
    void everyEnvironmentSettingTheVariablePasses() throws Exception {
        Result r = JalloyProcess.exec(dir, "validate", "config.alloy", "--env-file", "prod.env", "--env-file", "staging.env");

        assertThat(r.exitCode()).as(r.stderr()).isZero();
    }

    @Test
    void aValueThatCannotDecodeInOneEnvironmentIsReportedWithTheDecoderText() throws Exception {
        Files.writeString(dir.resolve("bad.env"), "SETTINGS_FILE=/x\nPOLL=soon\n");

        Result r = JalloyProcess.exec(dir, "validate", "config.alloy", "--env-file", "prod.env", "--env-file", "bad.env");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.stderr()).contains("environment bad.env:").contains("config.alloy:3:")
                .contains("in 1 of 2 environments: bad.env");
    }

    @Test
    void withoutEnvFilesValidateReportsAlloysDiagnostics() throws Exception {
        Files.writeString(dir.resolve("broken.alloy"), "local.file \"x\" {\n  filename = \"a\"\n  nonsense = 1\n}\n");

        Result r = JalloyProcess.exec(dir, "validate", "broken.alloy");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.stderr()).contains("Error: broken.alloy:3:3: unrecognized attribute name \"nonsense\"")
                .endsWith("Error: encountered errors during validation\n");
    }
}
