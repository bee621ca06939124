package io.jalloy.remote.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jalloy.common.http.HttpClientConfig;
import io.jalloy.common.http.TlsConfig;
import io.jalloy.common.http.client.ConfiguredHttpClient;
import io.jalloy.remote.internal.FetchException;
import io.jalloy.remote.testing.RecordingServer;
import io.jalloy.remote.testing.TestCertificates;
import io.jalloy.syntax.value.Secret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsClientTest {
    @TempDir
    static Path directory;

    static TestCertificates serverCertificate;
    static TestCertificates otherCertificate;

    @BeforeAll
    static void certificates() throws Exception {
        serverCertificate = TestCertificates.create(directory, "server");
        otherCertificate = TestCertificates.create(directory, "other");
    }

    private static String fetch(String url, TlsConfig tls) throws Exception {
        HttpClientConfig d = HttpClientConfig.DEFAULT;
        HttpClientConfig client = new HttpClientConfig(null, null, null, null, "", "", "", false, Map.of(), tls, true, true,
                Map.of());
        client.validate();
        Arguments args = Arguments.defaults(url);
        try (ConfiguredHttpClient built = ConfiguredHttpClient.build(client, Map.of())) {
            return new HttpFetcher(built, args, "Jalloy/test").fetch();
        }
    }

    private static TlsConfig ca(String pem, String file) {
        return new TlsConfig(pem, file, "", "", null, "", "", false, "");
    }

    @Test
    void aServerSignedByTheConfiguredCaPemIsTrusted() throws Exception {
        try (RecordingServer server = RecordingServer.https(serverCertificate.serverContext()).respond(200, "secure")) {
            assertThat(fetch(server.url(), ca(serverCertificate.certificatePem(), ""))).isEqualTo("secure");
        }
    }

    @Test
    void aCaFileIsReadLikeAnInlineCa() throws Exception {
        Path file = directory.resolve("ca.pem");
        Files.writeString(file, serverCertificate.certificatePem());
        try (RecordingServer server = RecordingServer.https(serverCertificate.serverContext()).respond(200, "secure")) {
            assertThat(fetch(server.url(), ca("", file.toString()))).isEqualTo("secure");
        }
    }

    @Test
    void aServerSignedBySomeoneElseIsRejected() throws Exception {
        try (RecordingServer server = RecordingServer.https(serverCertificate.serverContext()).respond(200, "secure")) {
            assertThatThrownBy(() -> fetch(server.url(), ca(otherCertificate.certificatePem(), "")))
                    .isInstanceOf(FetchException.class)
                    .hasMessageStartingWith("performing request: Get \"" + server.url() + "\": ");
        }
    }

    @Test
    void theServerNameIsVerifiedInsteadOfTheUrlHost() throws Exception {
        TlsConfig localhost = new TlsConfig(serverCertificate.certificatePem(), "", "", "", null, "", "localhost",
                false, "");
        TlsConfig elsewhere = new TlsConfig(serverCertificate.certificatePem(), "", "", "", null, "", "other.example",
                false, "");
        try (RecordingServer server = RecordingServer.https(serverCertificate.serverContext()).respond(200, "named")) {
            assertThat(fetch(server.url(), localhost)).isEqualTo("named");
            assertThatThrownBy(() -> fetch(server.url(), elsewhere))
                    .isInstanceOf(FetchException.class)
                    .hasMessageContaining("other.example");
        }
    }

    @Test
    void insecureSkipVerifyAcceptsAnyCertificate() throws Exception {
        TlsConfig insecure = new TlsConfig("", "", "", "", null, "", "", true, "");
        try (RecordingServer server = RecordingServer.https(serverCertificate.serverContext()).respond(200, "trusting")) {
            assertThat(fetch(server.url(), insecure)).isEqualTo("trusting");
        }
    }

    @Test
    void aServerRequiringAClientCertificateAcceptsTheConfiguredCertificateAndPkcs8Key() throws Exception {
        TlsConfig withClientCert = new TlsConfig(serverCertificate.certificatePem(), "",
                otherCertificate.certificatePem(), "", new Secret(otherCertificate.privateKeyPem()), "", "", false,
                "TLS12");
        TlsConfig withoutClientCert = ca(serverCertificate.certificatePem(), "");
        try (RecordingServer server = RecordingServer.httpsRequiringClientCertificate(
                        serverCertificate.serverContextTrusting(otherCertificate))
                .respond(200, "mtls")) {
            assertThat(fetch(server.url(), withClientCert)).isEqualTo("mtls");
            assertThatThrownBy(() -> fetch(server.url(), withoutClientCert)).isInstanceOf(FetchException.class);
        }
    }

    @Test
    void unreadableKeyMaterialIsAConfigurationError() {
        TlsConfig broken = new TlsConfig("", "", serverCertificate.certificatePem(), "", new Secret("not a key"), "", "",
                false, "");
        assertThatThrownBy(() -> fetch("https://127.0.0.1:1", broken))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("failed to configure TLS: ");
    }
}
