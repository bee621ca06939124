package io.jalloy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.cli.testing.JalloyProcess;
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

/** The {@code http} block of a running config: basic authentication with a path filter; TLS refused. */
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
    void aTlsBlockStopsTheStartWithADiagnostic() throws Exception {
        Files.writeString(dir.resolve("tls.alloy"), "http {\n  tls {\n    cert_file = \"c.pem\"\n    key_file = \"k.pem\"\n  }\n}\n");

        JalloyProcess.Result r = JalloyProcess.exec(dir, "run", "tls.alloy", "--server.http.listen-addr", "127.0.0.1:0",
                "--storage.path", dir.resolve("data").toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.stderr()).contains("Error: tls.alloy:2:3: the http block's tls is not supported by Jalloy yet");
    }

    private static HttpResponse<String> get(JalloyProcess p, String path, String credentials) throws Exception {
        String header = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + p.port() + path))
                .header("Authorization", header).build(), HttpResponse.BodyHandlers.ofString());
    }
}
