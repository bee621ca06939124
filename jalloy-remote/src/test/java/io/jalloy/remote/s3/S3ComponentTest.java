package io.jalloy.remote.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jalloy.component.HealthState;
import io.jalloy.remote.testing.ContainerCredentialsServer;
import io.jalloy.remote.testing.Harness;
import io.jalloy.remote.testing.S3Peer;
import io.jalloy.syntax.value.OptionalSecret;
import io.jalloy.syntax.value.Secret;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

class S3ComponentTest {
    private static final String ACCESS_KEY = "AKIAJALLOYTEST";
    private static final String SECRET_KEY = "jalloy-test-secret-key";
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dataPath;

    private S3Peer peer;

    @BeforeEach
    void startPeer(TestInfo test) {
        boolean temporaryCredentials = test.getTags().contains("temporary-credentials");
        peer = S3Peer.start(ACCESS_KEY, SECRET_KEY, temporaryCredentials);
    }

    @AfterEach
    void stopPeer() throws Exception {
        if (peer != null) {
            peer.close();
        }
    }

    private Client client(String key, String secret) {
        return new Client(key, secret == null ? null : new Secret(secret), peer.endpoint(), false, true, "", "");
    }

    private S3Component create(Harness<Exports> harness, Arguments args, Supplier<AwsCredentialsProvider> chain)
            throws Exception {
        return new S3Component(Harness.options("remote.s3.config", dataPath, Clock.systemUTC()), args,
                harness::publish, chain);
    }

    private S3Component create(Harness<Exports> harness, Arguments args) throws Exception {
        return create(harness, args, () -> {
            throw new AssertionError("the default credential chain must not be used with a static key");
        });
    }

    @Test
    void staticCredentialsDownloadTheObjectWhenTheComponentIsCreated() throws Exception {
        peer.put("configs", "team/a.alloy", "logging { level = \"debug\" }\n");
        try (Harness<Exports> harness = new Harness<>()) {
            S3Component component = create(harness, new Arguments("s3://configs/team/a.alloy", Duration.ofMinutes(10),
                    false, client(ACCESS_KEY, SECRET_KEY)));

            assertThat(harness.nextExport(Duration.ZERO))
                    .isEqualTo(new Exports(new OptionalSecret("logging { level = \"debug\" }\n", false)));
            assertThat(component.currentHealth().state()).isEqualTo(HealthState.HEALTHY);
            assertThat(component.currentHealth().message()).isEqualTo("s3 file updated");
        }
    }

    @Test
    void aChangedObjectIsExportedAfterTheNextPoll() throws Exception {
        peer.put("configs", "a.alloy", "v1");
        try (Harness<Exports> harness = new Harness<>()) {
            // Shorter than Alloy's 30s minimum, which decoding enforces and this test bypasses.
            S3Component component = create(harness, new Arguments("s3://configs/a.alloy", Duration.ofMillis(300),
                    false, client(ACCESS_KEY, SECRET_KEY)));
            harness.start(component);
            assertThat(harness.nextExport(WAIT).content().value()).isEqualTo("v1");

            peer.put("configs", "a.alloy", "v2");

            assertThat(harness.nextExport(WAIT).content().value()).isEqualTo("v2");
        }
    }

    @Test
    @Tag("temporary-credentials")
    void withoutAKeyTheDefaultChainUsesTheContainerCredentialsEndpointOfAnEcsTask() throws Exception {
        assertNoCredentialsInTheEnvironment();
        peer.put("configs", "task.alloy", "from a task role");
        Map<String, String> properties = Map.of(
                "aws.sharedCredentialsFile", dataPath.resolve("no-credentials").toString(),
                "aws.configFile", dataPath.resolve("no-config").toString(),
                "aws.containerAuthorizationToken", "task-auth-token");
        try (ContainerCredentialsServer credentials =
                        new ContainerCredentialsServer(ACCESS_KEY, SECRET_KEY, "session-token");
                SystemProperties ignored = SystemProperties.set(properties)
                        .and("aws.containerCredentialsFullUri", credentials.fullUri());
                Harness<Exports> harness = new Harness<>()) {
            S3Component component = create(harness, new Arguments("s3://configs/task.alloy", Duration.ofMinutes(10),
                    false, client("", null)), () -> DefaultCredentialsProvider.builder().build());

            assertThat(component.currentHealth().message()).isEqualTo("s3 file updated");
            assertThat(harness.nextExport(Duration.ZERO).content().value()).isEqualTo("from a task role");
            assertThat(credentials.authorizations()).isNotEmpty().allMatch("task-auth-token"::equals);
        }
    }

    @Test
    void wrongCredentialsMakeTheComponentUnhealthyWithoutFailingIt() throws Exception {
        peer.put("configs", "a.alloy", "content");
        try (Harness<Exports> harness = new Harness<>()) {
            S3Component component = create(harness, new Arguments("s3://configs/a.alloy", Duration.ofMinutes(10),
                    false, client(ACCESS_KEY, "wrong secret")));

            assertThat(component.currentHealth().state()).isEqualTo(HealthState.UNHEALTHY);
            assertThat(component.currentHealth().message()).isNotEmpty();
            assertThat(harness.nextExport(Duration.ZERO)).isNull();
        }
    }

    @Test
    void aRestartWhileTheObjectIsUnavailableExportsTheLastGoodCopy() throws Exception {
        peer.put("configs", "a.alloy", "kept");
        Arguments args = new Arguments("s3://configs/a.alloy", Duration.ofMinutes(10), false,
                client(ACCESS_KEY, SECRET_KEY));
        try (Harness<Exports> harness = new Harness<>()) {
            create(harness, args);
        }
        Arguments missing = new Arguments("s3://configs/gone.alloy", Duration.ofMinutes(10), false,
                client(ACCESS_KEY, SECRET_KEY));

        try (Harness<Exports> harness = new Harness<>()) {
            S3Component restarted = create(harness, missing);

            assertThat(harness.nextExport(Duration.ZERO).content().value()).isEqualTo("kept");
            assertThat(restarted.currentHealth().state()).isEqualTo(HealthState.UNHEALTHY);
            assertThat(restarted.currentHealth().message()).contains("; exporting the last good copy saved at ");
        }
    }

    @Test
    void aKeyWithoutASecretIsRejectedWithAlloysMessage() {
        Arguments args = new Arguments("s3://configs/a.alloy", Duration.ofMinutes(10), false, client(ACCESS_KEY, null));

        assertThatThrownBy(() -> create(new Harness<>(), args))
                .hasMessage("if accesskey or secret are specified then the other must also be specified");
    }

    private static void assertNoCredentialsInTheEnvironment() {
        for (String variable : new String[] {"AWS_ACCESS_KEY_ID", "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_PROFILE"}) {
            assertThat(System.getenv(variable))
                    .as("%s would take precedence over the container credentials endpoint", variable)
                    .isNull();
        }
    }
}
