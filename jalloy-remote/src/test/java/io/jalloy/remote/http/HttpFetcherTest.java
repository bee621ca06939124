package io.jalloy.remote.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jalloy.common.http.Authorization;
import io.jalloy.common.http.BasicAuth;
import io.jalloy.common.http.HttpClientConfig;
import io.jalloy.common.http.client.ConfiguredHttpClient;
import io.jalloy.remote.internal.FetchException;
import io.jalloy.remote.testing.RecordingServer;
import io.jalloy.syntax.value.Secret;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpFetcherTest {
    private RecordingServer server;

    @TempDir
    Path directory;

    @BeforeEach
    void start() throws Exception {
        server = RecordingServer.http();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String fetch(Arguments args) throws FetchException {
        try (ConfiguredHttpClient client = ConfiguredHttpClient.build(args.client(), Map.of())) {
            return new HttpFetcher(client, args, "Jalloy/test").fetch();
        }
    }

    private Arguments args(HttpClientConfig client) {
        Arguments defaults = Arguments.defaults(server.url() + "/config");
        return new Arguments(defaults.url(), defaults.pollFrequency(), defaults.pollTimeout(), false,
                defaults.method(), defaults.headers(), defaults.body(), client);
    }

    static HttpClientConfig withAuth(BasicAuth basic, Authorization authorization, Secret bearer, String bearerFile) {
        HttpClientConfig d = HttpClientConfig.DEFAULT;
        return new HttpClientConfig(basic, authorization, null, bearer, bearerFile, d.proxyUrl(), d.noProxy(),
                d.proxyFromEnvironment(), d.proxyConnectHeader(), d.tlsConfig(), d.followRedirects(),
                d.enableHttp2(), d.httpHeaders());
    }

    @Test
    void aGetReturnsTheBodyWithSurroundingWhitespaceTrimmed() throws Exception {
        server.respond(200, "\n  key = \"value\"\n\n");

        assertThat(fetch(Arguments.defaults(server.url() + "/config"))).isEqualTo("key = \"value\"");
        assertThat(server.requests()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.path()).isEqualTo("/config");
            assertThat(request.headers().getFirst("User-Agent")).isEqualTo("Jalloy/test");
            assertThat(request.headers().containsKey("Upgrade")).as("no h2c upgrade, as Go").isFalse();
        });
    }

    @Test
    void theMethodHeadersAndBodyOfTheArgumentsAreSent() throws Exception {
        server.respond(200, "ok");
        Arguments d = Arguments.defaults(server.url());
        Arguments args = new Arguments(d.url(), d.pollFrequency(), d.pollTimeout(), false, "POST",
                Map.of("X-Tenant", "team-a", "User-Agent", "custom"), "{\"q\":1}", d.client());

        fetch(args);

        RecordingServer.Request request = server.requests().getFirst();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.body()).isEqualTo("{\"q\":1}");
        assertThat(request.headers().getFirst("X-Tenant")).isEqualTo("team-a");
        assertThat(request.headers().getFirst("User-Agent")).isEqualTo("custom");
    }

    @Test
    void basicAuthSendsTheUserAndPassword() throws Exception {
        server.respond(200, "ok");

        fetch(args(withAuth(new BasicAuth("alice", new Secret("s3cret"), ""), null, null, "")));

        String expected = Base64.getEncoder().encodeToString("alice:s3cret".getBytes());
        assertThat(server.requests().getFirst().headers().getFirst("Authorization")).isEqualTo("Basic " + expected);
    }

    @Test
    void aBearerTokenFileIsReadAgainOnEveryRequest() throws Exception {
        server.respond(200, "ok");
        Path token = directory.resolve("token");
        Files.writeString(token, "first\n");
        Arguments args = args(withAuth(null, null, null, token.toString()));

        try (ConfiguredHttpClient client = ConfiguredHttpClient.build(args.client(), Map.of())) {
            HttpFetcher fetcher = new HttpFetcher(client, args, "Jalloy/test");
            fetcher.fetch();
            Files.writeString(token, "second");
            fetcher.fetch();
        }

        assertThat(server.requests())
                .extracting(request -> request.headers().getFirst("Authorization"))
                .containsExactly("Bearer first", "Bearer second");
    }

    @Test
    void anInlineBearerTokenAndAnAuthorizationBlockSetTheHeader() throws Exception {
        server.respond(200, "ok");

        fetch(args(withAuth(null, null, new Secret("tok"), "")));
        fetch(args(withAuth(null, new Authorization("Token", new Secret("abc"), ""), null, "")));

        assertThat(server.requests())
                .extracting(request -> request.headers().getFirst("Authorization"))
                .containsExactly("Bearer tok", "Token abc");
    }

    @Test
    void aStatusOtherThanOkFailsWithGoStatusText() {
        server.respond(404, "missing");

        assertThatThrownBy(() -> fetch(Arguments.defaults(server.url())))
                .isInstanceOf(FetchException.class)
                .hasMessage("unexpected status code 404 Not Found");
    }

    @Test
    void anUnreachableServerFailsWhilePerformingTheRequest() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/";

        assertThatThrownBy(() -> fetch(Arguments.defaults(url)))
                .isInstanceOf(FetchException.class)
                .hasMessage("performing request: Get \"" + url + "\": connect: connection refused");
    }

    @Test
    void aServerSlowerThanThePollTimeoutFailsWithADeadline() {
        server.respond(200, "late").delay(2_000);
        Arguments d = Arguments.defaults(server.url());
        Arguments args = new Arguments(d.url(), d.pollFrequency(), Duration.ofMillis(200), false, d.method(),
                d.headers(), d.body(), d.client());

        long start = System.nanoTime();
        assertThatThrownBy(() -> fetch(args))
                .isInstanceOf(FetchException.class)
                .hasMessageEndingWith(": context deadline exceeded");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1_500));
    }

    @Test
    void aHeaderTheJdkClientRefusesFailsWhileBuildingTheRequest() {
        Arguments d = Arguments.defaults(server.url());
        Arguments args = new Arguments(d.url(), d.pollFrequency(), d.pollTimeout(), false, d.method(),
                Map.of("Host", "elsewhere"), d.body(), d.client());

        assertThatThrownBy(() -> fetch(args)).isInstanceOf(FetchException.class).hasMessageStartingWith("building request: ");
    }

    @Test
    void requestsGoThroughTheProxyUrlUnlessTheHostIsInNoProxy() throws Exception {
        server.respond(200, "direct");
        try (RecordingServer proxy = RecordingServer.http().respond(200, "via proxy")) {
            HttpClientConfig d = HttpClientConfig.DEFAULT;
            HttpClientConfig proxied = new HttpClientConfig(null, null, null, null, "", proxy.url(), "", false, Map.of(),
                    d.tlsConfig(), true, false, Map.of());
            HttpClientConfig excepted = new HttpClientConfig(null, null, null, null, "", proxy.url(), "example.com,127.0.0.1",
                    false, Map.of(), d.tlsConfig(), true, false, Map.of());

            assertThat(fetch(args(proxied))).isEqualTo("via proxy");
            assertThat(fetch(args(excepted))).isEqualTo("direct");
            assertThat(proxy.requests()).hasSize(1);
        }
    }

    @Test
    void httpHeadersOfTheClientBlockAreSentWithEveryValue() throws Exception {
        server.respond(200, "ok");
        HttpClientConfig d = HttpClientConfig.DEFAULT;
        HttpClientConfig client = new HttpClientConfig(null, null, null, null, "", "", "", false, Map.of(), d.tlsConfig(),
                true, true, Map.of("X-Scope-OrgID", List.of(new Secret("a"), new Secret("b"))));

        fetch(args(client));

        assertThat(server.requests().getFirst().headers().get("X-Scope-OrgID")).containsExactly("a", "b");
    }
}
