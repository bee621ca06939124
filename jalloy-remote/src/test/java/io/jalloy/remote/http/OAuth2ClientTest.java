package io.jalloy.remote.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.jalloy.common.http.client.ConfiguredHttpClient;
import io.jalloy.remote.internal.FetchException;
import io.jalloy.remote.testing.AlloyBlocks;
import io.jalloy.syntax.diag.Diagnostics;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@code oauth2} client block against a real token endpoint and a resource that checks tokens. */
class OAuth2ClientTest {
    private HttpServer server;
    private final List<String> tokenForms = new CopyOnWriteArrayList<>();
    private final List<String> tokenAuthorizations = new CopyOnWriteArrayList<>();
    private final AtomicInteger issued = new AtomicInteger();
    private volatile long expiresIn = 3600;
    private volatile boolean rejectBasicHeader;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/token", this::token);
        server.createContext("/config", this::config);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void token(HttpExchange exchange) throws IOException {
        try (exchange) {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            tokenForms.add(form);
            tokenAuthorizations.add(authorization == null ? "" : authorization);
            if (rejectBasicHeader && authorization != null) {
                reply(exchange, 401, "{\"error\":\"invalid_client\"}");
                return;
            }
            reply(exchange, 200, "{\"access_token\":\"tok-" + issued.incrementAndGet()
                    + "\",\"token_type\":\"bearer\",\"expires_in\":" + expiresIn + "}");
        }
    }

    private void config(HttpExchange exchange) throws IOException {
        try (exchange) {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization == null || !authorization.startsWith("Bearer tok-")) {
                reply(exchange, 401, "");
                return;
            }
            reply(exchange, 200, "served with " + authorization.substring("Bearer ".length()));
        }
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private Arguments args(String oauth2Body) throws Diagnostics {
        return AlloyBlocks.decode("""
                remote.http "x" {
                  url = "%s/config"
                  client {
                    oauth2 {
                %s
                    }
                  }
                }
                """.formatted(base(), oauth2Body), Arguments.class);
    }

    private String clientCredentials() {
        return """
                      client_id       = "agent id"
                      client_secret   = "s3cr&t"
                      token_url       = "%s/token"
                      scopes          = ["read", "config"]
                      endpoint_params = { "audience" = "configs" }
                """.formatted(base());
    }

    private static List<String> fetchTwice(Arguments args) throws FetchException {
        try (ConfiguredHttpClient client = ConfiguredHttpClient.build(args.client(), Map.of())) {
            HttpFetcher fetcher = new HttpFetcher(client, args, "Jalloy/test");
            return List.of(fetcher.fetch(), fetcher.fetch());
        }
    }

    @Test
    void aTokenFromTheClientCredentialsGrantIsSentAndReusedUntilItExpires() throws Exception {
        assertThat(fetchTwice(args(clientCredentials()))).containsExactly("served with tok-1", "served with tok-1");

        assertThat(tokenForms).singleElement().satisfies(form -> assertThat(form)
                .contains("grant_type=client_credentials")
                .contains("scope=read+config")
                .contains("audience=configs")
                .doesNotContain("client_secret"));
        String basic = Base64.getEncoder().encodeToString("agent+id:s3cr%26t".getBytes(StandardCharsets.UTF_8));
        assertThat(tokenAuthorizations).containsExactly("Basic " + basic);
    }

    @Test
    void aTokenAboutToExpireIsRefreshed() throws Exception {
        expiresIn = 5; // within the ten-second margin

        assertThat(fetchTwice(args(clientCredentials()))).containsExactly("served with tok-1", "served with tok-2");
    }

    @Test
    void aServerRefusingTheHeaderGetsTheCredentialsInTheForm() throws Exception {
        rejectBasicHeader = true;

        assertThat(fetchTwice(args(clientCredentials()))).containsExactly("served with tok-1", "served with tok-1");
        assertThat(tokenForms.getLast()).contains("client_id=agent+id").contains("client_secret=s3cr%26t");
    }

    @Test
    void aFailingTokenEndpointFailsThePollWithGoWording() throws Exception {
        Arguments args = args("""
                      client_id     = "id"
                      client_secret = "secret"
                      token_url     = "%s/missing"
                """.formatted(base()));

        assertThatThrownBy(() -> fetchTwice(args))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("oauth2: cannot fetch token: 404 Not Found");
    }

    @Test
    void theBlockIsValidatedWithAlloysMessages() {
        assertThatThrownBy(() -> args("token_url = \"http://x/\""))
                .hasMessageContaining("oauth2 client_id must be configured");
        assertThatThrownBy(() -> args("client_id = \"a\"\ntoken_url = \"http://x/\""))
                .hasMessageContaining("either oauth2 client_secret or client_secret_file must be configured");
        assertThatThrownBy(() -> args("client_id = \"a\"\nclient_secret = \"b\"\ntoken_url = \"http://x/\"\n"
                        + "grant_type = \"password\""))
                .hasMessageContaining("unsupported oauth2 grant_type \"password\"");
    }
}
