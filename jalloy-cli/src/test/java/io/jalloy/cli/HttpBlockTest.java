package io.jalloy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.cli.testing.JalloyProcess;
import io.jalloy.cli.testing.SelfSignedCertificate;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code http} block of a running config: basic authentication with a path filter, and TLS. */
class HttpBlockTest {
    @TempDir
    Path dir;

    @Test
    void basicAuthGuardsTheFilteredPathsAndLeavesTheOthersOpen() throws Exception {
        Path config = Files.writeString(dir.resolve("config.alloy"), """
                http {
                  auth {
                    basic {
                      username = "admin"
                      password = sys.env("UI_PASSWORD")
                    }
                    filter {
                      paths = ["/api/"]
                    }
                  }
                }

                testing.probe "a" {
                  value = "x"
                }
                """);
        try (JalloyProcess jalloy = JalloyProcess.run(dir, dir, config, Map.of("UI_PASSWORD", "s3cret"), Map.of())) {
            jalloy.awaitReady();

            HttpResponse<String> anonymous = jalloy.get("/api/v0/web/components");
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(anonymous.body()).isEqualTo("unauthorized\n");
            assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Restricted\"");
            assertThat(get(jalloy, "/api/v0/web/components", "admin:wrong").statusCode()).isEqualTo(401);
            assertThat(get(jalloy, "/api/v0/web/components", "admin:s3cret").statusCode()).isEqualTo(200);
            assertThat(jalloy.get("/-/healthy").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aTlsBlockServesHttpsWithTheGivenCertificateAndKey() throws Exception {
        SelfSignedCertificate cert = SelfSignedCertificate.create(dir);
        Path config = Files.writeString(dir.resolve("config.alloy"), """
                http {
                  tls {
                    cert_file = "%s"
                    key_file  = sys.env("TLS_KEY_FILE")
                  }
                }

                testing.probe "a" {
                  value = "x"
                }
                """.formatted(cert.certFile()));
        try (JalloyProcess jalloy = JalloyProcess.run(dir, dir, config, Map.of("TLS_KEY_FILE", cert.keyFile().toString()), Map.of())) {
            HttpClient https = HttpClient.newBuilder().sslContext(cert.clientContext()).build();
            HttpResponse<String> ready = null;
            for (int i = 0; i < 300 && ready == null; i++) {
                try {
                    ready = https.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + jalloy.port() + "/-/ready")).build(),
                            HttpResponse.BodyHandlers.ofString());
                } catch (java.io.IOException notYet) {
                    Thread.sleep(50);
                }
            }

            assertThat(ready).as(jalloy.stderr()).isNotNull();
            assertThat(ready.body()).isEqualTo("Alloy is ready.\n");
        }
    }

    @Test
    void unsupportedTlsSettingsStopTheStartWithADiagnostic() throws Exception {
        Files.writeString(dir.resolve("tls.alloy"), "http {\n  tls {\n    client_ca_file = \"ca.pem\"\n  }\n}\n");

        JalloyProcess.Result r = JalloyProcess.exec(dir, "run", "tls.alloy", "--server.http.listen-addr", "127.0.0.1:0",
                "--storage.path", dir.resolve("data").toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.stderr()).contains("Error: tls.alloy:3:22: the http block's tls.client_ca_file is not supported by Jalloy yet")
                .contains("could not perform the initial load successfully");
    }

    private static HttpResponse<String> get(JalloyProcess p, String path, String credentials) throws Exception {
        String header = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + p.port() + path))
                .header("Authorization", header).build(), HttpResponse.BodyHandlers.ofString());
    }
}
