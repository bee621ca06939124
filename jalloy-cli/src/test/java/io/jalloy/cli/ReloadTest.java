package io.jalloy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.cli.testing.Api;
import io.jalloy.cli.testing.JalloyProcess;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reloading a running {@code jalloy run} process: {@code /-/reload}, SIGHUP and {@code --config.reload-on-change}. */
class ReloadTest {
    private static final String CONFIG = """
            testing.probe "a" {
              value = "%s"
            }

            testing.probe "b" {
              value = "b-"
              input = testing.probe.a.output
            }

            testing.probe "c" {
              value = "unrelated"
            }
            """;

    @TempDir
    Path dir;
    Path config;
    JalloyProcess jalloy;

    @BeforeEach
    void start() throws Exception {
        config = dir.resolve("config.alloy");
        Files.writeString(config, CONFIG.formatted("one"));
    }

    @AfterEach
    void stop() throws Exception {
        if (jalloy != null) {
            jalloy.close();
        }
    }

    private void run(String... args) throws Exception {
        jalloy = JalloyProcess.run(dir, dir, config, Map.of(), Map.of(), args).awaitReady();
    }

    @Test
    void aBadReloadKeepsTheOldGraphRunningAndAnswers400WithTheDiagnostic() throws Exception {
        run();
        String instance = Api.export(jalloy, "testing.probe.a", "instance");
        Files.writeString(config, CONFIG.formatted("two") + "\nunknown.component \"x\" {}\n");

        HttpResponse<String> reply = jalloy.post("/-/reload");

        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(reply.body()).contains("config.alloy:14:1: cannot find the definition of component name \"unknown.component\"");
        assertThat(Api.componentIds(jalloy)).containsExactlyInAnyOrder("testing.probe.a", "testing.probe.b", "testing.probe.c");
        assertThat(Api.health(jalloy, "testing.probe.a")).isEqualTo("healthy");
        assertThat(Api.export(jalloy, "testing.probe.a", "instance")).isEqualTo(instance);
        assertThat(Api.export(jalloy, "testing.probe.b", "output")).isEqualTo("b-one");
    }

    @Test
    void aReloadWhoseArgumentsFailToDecodeIsRefusedBeforeAnythingIsSwapped() throws Exception {
        run();
        String instance = Api.export(jalloy, "testing.probe.a", "instance");
        Files.writeString(config, CONFIG.formatted("two") + """

                local.file "settings" {
                  filename       = "settings.yaml"
                  poll_frequency = coalesce(sys.env("JALLOY_TEST_UNSET"), "soon")
                }
                """);

        HttpResponse<String> reply = jalloy.post("/-/reload");

        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(reply.body()).contains("config.alloy:16:20: time: invalid duration \"soon\"");
        assertThat(Api.componentIds(jalloy)).doesNotContain("local.file.settings");
        assertThat(Api.export(jalloy, "testing.probe.a", "instance")).isEqualTo(instance);
        assertThat(Api.export(jalloy, "testing.probe.b", "output")).isEqualTo("b-one");
    }

    @Test
    void aReloadWhoseNewComponentFailsToEvaluateAgainstRunningExportsIsRefusedAndAGoodOneThenApplies() throws Exception {
        run();
        Map<String, String> before = instances();
        Files.writeString(config, CONFIG.formatted("two") + """

                testing.probe "d" {
                  value = ["x"][testing.probe.c.updates + 1]
                }
                """);

        HttpResponse<String> reply = jalloy.post("/-/reload");

        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(reply.body()).contains("config.alloy:15:");
        assertThat(Api.componentIds(jalloy)).containsExactlyInAnyOrder("testing.probe.a", "testing.probe.b", "testing.probe.c");
        assertThat(instances()).isEqualTo(before);
        for (String id : before.keySet()) {
            assertThat(Api.export(jalloy, id, "updates")).as(id).isEqualTo("0");
        }

        Files.writeString(config, CONFIG.formatted("two"));
        assertThat(jalloy.post("/-/reload").statusCode()).isEqualTo(200);
        assertThat(instances()).isEqualTo(before);
        assertThat(Api.export(jalloy, "testing.probe.a", "updates")).isEqualTo("1");
        assertThat(awaitExport("testing.probe.b", "output", "b-two")).isTrue();
    }

    @Test
    void reloadingAnUnchangedConfigRestartsAndUpdatesNothing() throws Exception {
        run();
        Map<String, String> before = instances();

        assertThat(jalloy.post("/-/reload").statusCode()).isEqualTo(200);

        assertThat(instances()).isEqualTo(before);
        for (String id : before.keySet()) {
            assertThat(Api.export(jalloy, id, "updates")).as(id).isEqualTo("0");
        }
    }

    @Test
    void aChangedArgumentUpdatesOnlyThatComponentAndItsDependants() throws Exception {
        run();
        Map<String, String> before = instances();
        Files.writeString(config, CONFIG.formatted("two"));

        assertThat(jalloy.post("/-/reload").statusCode()).isEqualTo(200);

        assertThat(instances()).isEqualTo(before);
        assertThat(Api.export(jalloy, "testing.probe.a", "updates")).isEqualTo("1");
        assertThat(awaitExport("testing.probe.b", "output", "b-two")).isTrue();
        assertThat(Api.export(jalloy, "testing.probe.b", "updates")).isEqualTo("1");
        assertThat(Api.export(jalloy, "testing.probe.c", "updates")).isEqualTo("0");
    }

    @Test
    void sighupReloadsTheConfig() throws Exception {
        run();
        Files.writeString(config, CONFIG.formatted("hup"));

        new ProcessBuilder("kill", "-HUP", Long.toString(jalloy.process().pid())).start().waitFor(5, TimeUnit.SECONDS);

        assertThat(awaitExport("testing.probe.b", "output", "b-hup")).as(jalloy.stderr()).isTrue();
        assertThat(jalloy.stderr()).contains("level=info msg=\"config reloaded\"");
    }

    @Test
    void reloadOnChangeFollowsEditsOfTheConfigFile() throws Exception {
        run("--config.reload-on-change");
        String instance = Api.export(jalloy, "testing.probe.c", "instance");
        Files.writeString(config, CONFIG.formatted("edited"));

        assertThat(awaitExport("testing.probe.b", "output", "b-edited")).as(jalloy.stderr()).isTrue();
        assertThat(Api.export(jalloy, "testing.probe.c", "instance")).isEqualTo(instance);
    }

    private Map<String, String> instances() throws Exception {
        return Map.of("testing.probe.a", Api.export(jalloy, "testing.probe.a", "instance"),
                "testing.probe.b", Api.export(jalloy, "testing.probe.b", "instance"),
                "testing.probe.c", Api.export(jalloy, "testing.probe.c", "instance"));
    }

    private boolean awaitExport(String id, String name, String value) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            if (value.equals(Api.export(jalloy, id, name))) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }
}
