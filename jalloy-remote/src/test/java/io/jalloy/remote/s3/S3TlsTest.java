package io.jalloy.remote.s3;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.component.HealthState;
import io.jalloy.remote.testing.Harness;
import io.jalloy.remote.testing.S3Peer;
import io.jalloy.remote.testing.TestCertificates;
import io.jalloy.syntax.value.Secret;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code disable_ssl} against an S3 endpoint whose certificate no trust store knows. */
class S3TlsTest {
    @TempDir
    static Path directory;

    static S3Peer peer;

    @BeforeAll
    static void start() throws Exception {
        peer = S3Peer.startTls("AKIATLS", "tls-secret", TestCertificates.create(directory, "s3"));
        peer.put("configs", "a.alloy", "over tls");
    }

    @AfterAll
    static void stop() throws Exception {
        if (peer != null) {
            peer.close();
        }
    }

    private static S3Component create(Harness<Exports> harness, boolean disableSsl) throws Exception {
        Client client = new Client("AKIATLS", new Secret("tls-secret"), peer.endpoint(), disableSsl, true, "", "");
        return new S3Component(Harness.options("remote.s3.tls", directory.resolve("data-" + disableSsl),
                        Clock.systemUTC()),
                new Arguments("s3://configs/a.alloy", Duration.ofMinutes(10), false, client), harness::publish,
                () -> {
                    throw new AssertionError("static credentials only");
                });
    }

    @Test
    void disableSslSkipsCertificateVerificationAsInAlloy() throws Exception {
        try (Harness<Exports> harness = new Harness<>()) {
            S3Component component = create(harness, true);

            assertThat(harness.nextExport(Duration.ZERO).content().value()).isEqualTo("over tls");
            assertThat(component.currentHealth().state()).isEqualTo(HealthState.HEALTHY);
        }
    }

    @Test
    void withoutDisableSslAnUntrustedCertificateFails() throws Exception {
        try (Harness<Exports> harness = new Harness<>()) {
            S3Component component = create(harness, false);

            assertThat(harness.nextExport(Duration.ZERO)).isNull();
            assertThat(component.currentHealth().state()).isEqualTo(HealthState.UNHEALTHY);
            assertThat(component.currentHealth().message()).contains("certification path");
        }
    }
}
