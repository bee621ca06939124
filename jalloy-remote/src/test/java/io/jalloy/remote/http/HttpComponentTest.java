package io.jalloy.remote.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jalloy.component.HealthState;
import io.jalloy.remote.internal.FetchException;
import io.jalloy.remote.testing.Harness;
import io.jalloy.remote.testing.RecordingServer;
import io.jalloy.syntax.value.OptionalSecret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpComponentTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    Path dataPath;

    private RecordingServer server;

    @BeforeEach
    void start() throws Exception {
        server = RecordingServer.http();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Arguments args(Duration frequency, boolean secret) {
        Arguments d = Arguments.defaults(server.url() + "/config.alloy");
        return new Arguments(d.url(), frequency, Duration.ofMillis(frequency.toMillis() / 2), secret, d.method(),
                d.headers(), d.body(), d.client());
    }

    private HttpComponent create(Harness<Exports> harness, Arguments args) throws Exception {
        return new HttpComponent(Harness.options("remote.http.config", dataPath, Clock.systemUTC()), args,
                harness::publish, Map.of());
    }

    @Test
    void creatingTheComponentPollsAtOnceAndExportsTheBody() throws Exception {
        server.respond(200, "first\n");
        try (Harness<Exports> harness = new Harness<>()) {
            HttpComponent component = create(harness, args(Duration.ofMinutes(1), false));

            assertThat(harness.nextExport(Duration.ZERO)).isEqualTo(new Exports(new OptionalSecret("first", false)));
            assertThat(component.currentHealth().state()).isEqualTo(HealthState.HEALTHY);
            assertThat(component.currentHealth().message()).isEqualTo("polled endpoint");
        }
    }

    @Test
    void aChangedBodyIsExportedAfterTheNextPoll() throws Exception {
        server.respond(200, "v1");
        try (Harness<Exports> harness = new Harness<>()) {
            HttpComponent component = create(harness, args(Duration.ofMillis(200), false));
            harness.start(component);
            assertThat(harness.nextExport(WAIT).content().value()).isEqualTo("v1");

            server.respond(200, "v2");

            assertThat(harness.nextExport(WAIT).content().value()).isEqualTo("v2");
        }
    }

    @Test
    void creatingFailsWhenTheEndpointFailsAndNoCopyWasKept() throws Exception {
        server.respond(503, "");
        try (Harness<Exports> harness = new Harness<>()) {
            assertThatThrownBy(() -> create(harness, args(Duration.ofMinutes(1), false)))
                    .isInstanceOf(FetchException.class)
                    .hasMessage("unexpected status code 503 Service Unavailable");
        }
    }

    @Test
    void aRestartWhileTheEndpointIsDownExportsTheLastGoodCopyAndSaysSoInHealth() throws Exception {
        server.respond(200, "known good");
        try (Harness<Exports> harness = new Harness<>()) {
            create(harness, args(Duration.ofMinutes(1), false));
        }

        server.respond(500, "oops");
        try (Harness<Exports> harness = new Harness<>()) {
            HttpComponent restarted = create(harness, args(Duration.ofMinutes(1), false));

            assertThat(harness.nextExport(Duration.ZERO).content().value()).isEqualTo("known good");
            assertThat(restarted.currentHealth().state()).isEqualTo(HealthState.UNHEALTHY);
            assertThat(restarted.currentHealth().message()).startsWith(
                    "polling failed: unexpected status code 500 Internal Server Error; exporting the last good copy saved at ");
        }
    }

    @Test
    void secretContentIsExportedAsSecretAndNeverWrittenToTheDataPath() throws Exception {
        server.respond(200, "token=abc");
        try (Harness<Exports> harness = new Harness<>()) {
            create(harness, args(Duration.ofMinutes(1), true));

            assertThat(harness.nextExport(Duration.ZERO).content()).isEqualTo(new OptionalSecret("token=abc", true));
        }
        try (var files = Files.walk(dataPath)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void aFailureWhileRunningKeepsTheExportsAndReportsUnhealthy() throws Exception {
        server.respond(200, "stable");
        try (Harness<Exports> harness = new Harness<>()) {
            HttpComponent component = create(harness, args(Duration.ofMillis(200), false));
            assertThat(harness.nextExport(Duration.ZERO)).isNotNull();
            harness.start(component);

            server.respond(404, "");
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (component.currentHealth().state() != HealthState.UNHEALTHY && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }

            assertThat(component.currentHealth().message()).isEqualTo("polling failed: unexpected status code 404 Not Found");
            assertThat(harness.nextExport(Duration.ZERO)).isNull();
        }
    }

    @Test
    void anUpdateWithAnotherUrlPollsItAtOnce() throws Exception {
        server.respond(200, "old");
        try (RecordingServer other = RecordingServer.http().respond(200, "new");
                Harness<Exports> harness = new Harness<>()) {
            HttpComponent component = create(harness, args(Duration.ofMinutes(1), false));
            harness.start(component);
            harness.nextExport(WAIT);
            Arguments d = args(Duration.ofMinutes(1), false);

            component.update(new Arguments(other.url(), d.pollFrequency(), d.pollTimeout(), false, d.method(),
                    d.headers(), d.body(), d.client()));

            assertThat(harness.nextExport(Duration.ZERO).content().value()).isEqualTo("new");
        }
    }

    @Test
    void anUpdateWithInvalidArgumentsIsRejectedWithAlloysMessage() throws Exception {
        server.respond(200, "ok");
        try (Harness<Exports> harness = new Harness<>()) {
            HttpComponent component = create(harness, args(Duration.ofMinutes(1), false));
            Arguments d = args(Duration.ofMinutes(1), false);

            assertThatThrownBy(() -> component.update(new Arguments(d.url(), d.pollFrequency(), d.pollFrequency(),
                            false, d.method(), d.headers(), d.body(), d.client())))
                    .hasMessage("poll_timeout must be less than poll_frequency");
        }
    }
}
