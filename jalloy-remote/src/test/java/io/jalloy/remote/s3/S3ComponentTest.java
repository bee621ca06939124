package io.jalloy.remote.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jalloy.component.ComponentOptions;
import io.jalloy.component.HealthState;
import io.jalloy.remote.testing.ContainerCredentialsServer;
import io.jalloy.remote.testing.Harness;
import io.jalloy.remote.testing.MetricValues;
import io.jalloy.remote.testing.Peers;
import io.jalloy.remote.testing.S3Peer;
import io.jalloy.syntax.value.OptionalSecret;
import io.jalloy.syntax.value.Secret;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

class S3ComponentTest {
    private static final String ACCESS_KEY = "AKIAJALLOYTEST";
    private static final String SECRET_KEY = "jalloy-test-secret-key";
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dataPath;

    private S3Peer peer;
    private PrometheusRegistry metrics;

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
        ComponentOptions options = Harness.options("remote.s3.config", dataPath, Clock.systemUTC());
        metrics = options.metrics();
        return new S3Component(options, args, harness::publish, chain);
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
            assertThat(MetricValues.value(metrics, "remote_s3_timestamp_last_accessed_unix_seconds"))
                    .isGreaterThan(0);
            assertThat(MetricValues.value(metrics, "remote_s3_errors")).isZero();
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

    /** How an ECS or Fargate task learns where its role's credentials are served. */
    enum ContainerEndpoint {
        /** {@code AWS_CONTAINER_CREDENTIALS_FULL_URI}, as with Fargate's pod identity or a sidecar. */
        FULL_URI,
        /** {@code AWS_CONTAINER_CREDENTIALS_RELATIVE_URI}, resolved against ECS's agent endpoint. */
        RELATIVE_URI
    }

    @ParameterizedTest
    @EnumSource(ContainerEndpoint.class)
    @Tag("temporary-credentials")
    void withoutAKeyTheDefaultChainUsesTheTaskRoleFromTheContainerCredentialsEndpoint(ContainerEndpoint how)
            throws Exception {
        assertNoCredentialsInTheEnvironment();
        peer.put("configs", "task.alloy", "from a task role");
        try (ContainerCredentialsServer credentials =
                        new ContainerCredentialsServer(ACCESS_KEY, SECRET_KEY, "session-token");
                SystemProperties ignored = containerSettings(how, credentials);
                Harness<Exports> harness = new Harness<>()) {
            S3Component component = create(harness, new Arguments("s3://configs/task.alloy", Duration.ofMinutes(10),
                    false, client("", null)), () -> DefaultCredentialsProvider.builder().build());

            assertThat(component.currentHealth().message()).isEqualTo("s3 file updated");
            assertThat(harness.nextExport(Duration.ZERO).content().value()).isEqualTo("from a task role");
            String expectedToken = how == ContainerEndpoint.FULL_URI ? "task-auth-token" : "";
            assertThat(credentials.requests())
                    .isNotEmpty()
                    .allMatch(request -> request.path().equals(credentials.path()))
                    .allMatch(request -> request.authorization().equals(expectedToken));
        }
    }

    /**
     * The SDK reads each container setting from a system property before the environment
     * variable, so the test can point it at the local endpoint without touching the environment.
     */
    private SystemProperties containerSettings(ContainerEndpoint how, ContainerCredentialsServer credentials) {
        SystemProperties properties = SystemProperties.set(Map.of(
                "aws.sharedCredentialsFile", dataPath.resolve("no-credentials").toString(),
                "aws.configFile", dataPath.resolve("no-config").toString()));
        return switch (how) {
            case FULL_URI -> properties
                    .and("aws.containerCredentialsFullUri", credentials.fullUri())
                    .and("aws.containerAuthorizationToken", "task-auth-token");
            case RELATIVE_URI -> properties
                    .and("aws.containerServiceEndpoint", credentials.baseUri())
                    .and("aws.containerCredentialsPath", credentials.path());
        };
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
            assertThat(MetricValues.value(metrics, "remote_s3_errors")).isEqualTo(1);
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
        peer.delete("configs", "a.alloy");

        try (Harness<Exports> harness = new Harness<>()) {
            S3Component restarted = create(harness, args);

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
            Peers.require(System.getenv(variable) == null,
                    variable + " is set and would take precedence over the container credentials endpoint");
        }
    }
}
