package io.jalloy.remote.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.component.Health;
import io.jalloy.component.HealthState;
import io.jalloy.syntax.value.OptionalSecret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolledContentTest {
    private static final String SOURCE = "GET http://config.example/agent.alloy";
    private static final StatusMessages MESSAGES = new StatusMessages("polled endpoint", "polling failed: ");

    @TempDir
    Path dataPath;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final List<OptionalSecret> exported = new ArrayList<>();

    private PolledContent content() {
        return new PolledContent(System.getLogger("test"), clock, LastGoodCopy.in(dataPath), MESSAGES, exported::add);
    }

    private static ContentFetcher failing(String message) {
        return () -> {
            throw new FetchException(message);
        };
    }

    @Test
    void aSuccessfulPollExportsTheContentAndReportsHealthy() {
        PolledContent content = content();
        clock.advance(Duration.ofSeconds(3));

        PolledContent.Result result = content.poll(() -> "hello", SOURCE, false);

        assertThat(result.outcome()).isEqualTo(PolledContent.Outcome.FETCHED);
        assertThat(exported).containsExactly(new OptionalSecret("hello", false));
        assertThat(content.status()).isEqualTo(Health.healthy("polled endpoint", clock.instant()));
    }

    @Test
    void unchangedContentIsExportedOnlyOnce() {
        PolledContent content = content();
        content.poll(() -> "same", SOURCE, false);
        content.poll(() -> "same", SOURCE, false);
        content.poll(() -> "other", SOURCE, false);

        assertThat(exported).extracting(OptionalSecret::value).containsExactly("same", "other");
    }

    @Test
    void aFailedPollKeepsTheExportsAndReportsTheErrorWithTheComponentsPrefix() {
        PolledContent content = content();
        content.poll(() -> "good", SOURCE, false);

        PolledContent.Result result = content.poll(failing("unexpected status code 500 Internal Server Error"), SOURCE, false);

        assertThat(result.outcome()).isEqualTo(PolledContent.Outcome.FAILED);
        assertThat(exported).hasSize(1);
        assertThat(content.status().state()).isEqualTo(HealthState.UNHEALTHY);
        assertThat(content.status().message())
                .isEqualTo("polling failed: unexpected status code 500 Internal Server Error");
    }

    @Test
    void aSourceDownAtStartFallsBackToTheLastGoodCopyAndSaysSo() {
        content().poll(() -> "from last run", SOURCE, false);
        exported.clear();

        PolledContent restarted = content();
        PolledContent.Result result = restarted.poll(failing("connect: connection refused"), SOURCE, false);

        assertThat(result.outcome()).isEqualTo(PolledContent.Outcome.FELL_BACK);
        assertThat(exported).containsExactly(new OptionalSecret("from last run", false));
        assertThat(restarted.status().state()).isEqualTo(HealthState.UNHEALTHY);
        assertThat(restarted.status().message())
                .startsWith("polling failed: connect: connection refused; exporting the last good copy saved at ");
    }

    @Test
    void aCopyFromAnotherSourceIsNotUsed() {
        content().poll(() -> "from the old url", SOURCE, false);
        exported.clear();

        PolledContent.Result result = content().poll(failing("down"), "GET http://elsewhere/", false);

        assertThat(result.outcome()).isEqualTo(PolledContent.Outcome.FAILED);
        assertThat(exported).isEmpty();
    }

    @Test
    void theSameContentFromANewSourceIsCopiedForTheNewSource() {
        PolledContent content = content();
        content.poll(() -> "shared", SOURCE, false);
        content.poll(() -> "shared", "GET http://mirror/", false);
        exported.clear();

        PolledContent.Result result = content().poll(failing("down"), "GET http://mirror/", false);

        assertThat(result.outcome()).isEqualTo(PolledContent.Outcome.FELL_BACK);
        assertThat(exported).extracting(OptionalSecret::value).containsExactly("shared");
    }

    @Test
    void aSourceDownAtStartWithoutACopyFails() {
        PolledContent.Result result = content().poll(failing("down"), SOURCE, false);

        assertThat(result.outcome()).isEqualTo(PolledContent.Outcome.FAILED);
        assertThat(result.failure()).get().extracting(Throwable::getMessage).isEqualTo("down");
        assertThat(exported).isEmpty();
    }

    @Test
    void secretContentIsNeverWrittenToDisk() throws Exception {
        content().poll(() -> "password=hunter2", SOURCE, true);

        try (var files = Files.walk(dataPath)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void aSecretSourceDoesNotFallBackToACopyFromBeforeItWasSecret() {
        content().poll(() -> "old public content", SOURCE, false);
        exported.clear();

        PolledContent restarted = content();
        PolledContent.Result result = restarted.poll(failing("down"), SOURCE, true);

        assertThat(result.outcome()).isEqualTo(PolledContent.Outcome.FAILED);
        assertThat(exported).isEmpty();
    }

    @Test
    void becomingSecretDeletesTheCopyKeptWhileItWasNot() {
        PolledContent content = content();
        content.poll(() -> "public", SOURCE, false);
        assertThat(dataPath.resolve(LastGoodCopy.FILE_NAME)).exists();

        content.poll(() -> "now secret", SOURCE, true);

        assertThat(dataPath.resolve(LastGoodCopy.FILE_NAME)).doesNotExist();
    }

    @Test
    void aFallbackIsReplacedByFreshContentOnceTheSourceAnswers() {
        content().poll(() -> "copy", SOURCE, false);
        exported.clear();
        PolledContent restarted = content();
        restarted.poll(failing("down"), SOURCE, false);

        restarted.poll(() -> "fresh", SOURCE, false);

        assertThat(exported).extracting(OptionalSecret::value).containsExactly("copy", "fresh");
        assertThat(restarted.status().state()).isEqualTo(HealthState.HEALTHY);
    }
}
