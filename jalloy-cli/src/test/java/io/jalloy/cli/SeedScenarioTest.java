package io.jalloy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.cli.testing.Api;
import io.jalloy.cli.testing.CredentialsEndpoint;
import io.jalloy.cli.testing.JalloyProcess;
import io.jalloy.cli.testing.S3Endpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed scenario end to end: a {@code jalloy run} process whose config picks its S3 endpoint
 * and bucket from the environment, fetches a module from a real S3 endpoint (S3Proxy) with
 * credentials from a container credentials endpoint, imports it and runs a component it declares;
 * when the object changes, the next poll updates that component alone.
 *
 * <p>remote.s3 keeps poll_frequency above 30s, as Alloy does; the child JVM gets the documented
 * test hook {@code -Djalloy.testing.poll-frequency-ms=200} so the change shows in well under a
 * second. The change reaches the graph through the poll, never through {@code /-/reload}.
 */
class SeedScenarioTest {
    private static final String CONFIG = """
            remote.s3 "modules" {
              path           = "s3://" + sys.env("SEED_BUCKET") + "/modules/greeting.alloy"
              poll_frequency = "1m"

              client {
                endpoint       = sys.env("SEED_S3_ENDPOINT")
                use_path_style = true
                region         = "us-east-1"
              }
            }

            import.string "greeting" {
              content = remote.s3.modules.content
            }

            greeting.probe "main" {
              text = "hello"
            }

            testing.probe "observer" {
              value = "seen:"
              input = greeting.probe.main.output
            }

            testing.probe "unrelated" {
              value = "steady"
            }
            """;

    private static final String MODULE = """
            declare "probe" {
              argument "text" { }

              testing.probe "inner" {
                value = argument.text.value + "-%s"
              }

              export "output" {
                value = testing.probe.inner.output
              }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void aModuleFetchedFromS3RunsAndAChangedObjectUpdatesOnlyWhatDependsOnIt() throws Exception {
        try (S3Endpoint s3 = new S3Endpoint("ASIATASKROLE", "task-secret");
             CredentialsEndpoint credentials = new CredentialsEndpoint("ASIATASKROLE", "task-secret", "session-token")) {
            s3.put("team-configs", "modules/greeting.alloy", MODULE.formatted("v1"));
            Path config = Files.writeString(dir.resolve("config.alloy"), CONFIG);
            Map<String, String> env = Map.of("SEED_BUCKET", "team-configs", "SEED_S3_ENDPOINT", s3.endpoint());
            Map<String, String> jvm = Map.of(
                    "aws.containerCredentialsFullUri", credentials.fullUri(),
                    "aws.sharedCredentialsFile", dir.resolve("no-credentials").toString(),
                    "aws.configFile", dir.resolve("no-config").toString(),
                    "jalloy.testing.poll-frequency-ms", "200");

            try (JalloyProcess jalloy = JalloyProcess.run(dir, dir, config, env, jvm).awaitReady()) {
                assertThat(awaitExport(jalloy, "testing.probe.observer", "output", "seen:hello-v1")).as(jalloy.stderr()).isTrue();
                assertThat(Api.health(jalloy, "remote.s3.modules")).isEqualTo("healthy");
                assertThat(credentials.requests()).isPositive();
                String unrelated = Api.export(jalloy, "testing.probe.unrelated", "instance");

                s3.put("team-configs", "modules/greeting.alloy", MODULE.formatted("v2"));

                assertThat(awaitExport(jalloy, "testing.probe.observer", "output", "seen:hello-v2"))
                        .as("%s%n%s", Api.component(jalloy, "remote.s3.modules"), jalloy.stderr()).isTrue();
                assertThat(Api.export(jalloy, "testing.probe.unrelated", "instance")).isEqualTo(unrelated);
                assertThat(Api.export(jalloy, "testing.probe.unrelated", "updates")).isEqualTo("0");
                assertThat(Api.export(jalloy, "testing.probe.observer", "updates")).isEqualTo("1");
            }
        }
    }

    private static boolean awaitExport(JalloyProcess p, String id, String name, String value) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (value.equals(Api.export(p, id, name))) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }
}
