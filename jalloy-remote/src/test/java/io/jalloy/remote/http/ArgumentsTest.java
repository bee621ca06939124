package io.jalloy.remote.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jalloy.common.http.Authorization;
import io.jalloy.common.http.BasicAuth;
import io.jalloy.common.http.HttpClientConfig;
import io.jalloy.common.http.TlsConfig;
import io.jalloy.syntax.value.Secret;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArgumentsTest {
    private static Arguments timing(Duration frequency, Duration timeout) {
        Arguments d = Arguments.defaults("http://localhost/");
        return new Arguments(d.url(), frequency, timeout, false, d.method(), d.headers(), d.body(), d.client());
    }

    private static Arguments client(HttpClientConfig client) {
        Arguments d = Arguments.defaults("http://localhost/");
        return new Arguments(d.url(), d.pollFrequency(), d.pollTimeout(), false, d.method(), d.headers(), d.body(),
                client);
    }

    @Test
    void theDefaultsAreAlloys() {
        Arguments d = Arguments.defaults("http://localhost/");
        assertThat(d.pollFrequency()).isEqualTo(Duration.ofMinutes(1));
        assertThat(d.pollTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(d.method()).isEqualTo("GET");
        assertThat(d.client().followRedirects()).isTrue();
        assertThat(d.client().enableHttp2()).isTrue();
        assertThatCode(d::validate).doesNotThrowAnyException();
    }

    @Test
    void pollTimingsAreCheckedWithAlloysMessages() {
        assertThatThrownBy(() -> timing(Duration.ZERO, Duration.ofSeconds(1)).validate())
                .hasMessage("poll_frequency must be greater than 0");
        assertThatThrownBy(() -> timing(Duration.ofMinutes(1), Duration.ZERO).validate())
                .hasMessage("poll_timeout must be greater than 0");
        assertThatThrownBy(() -> timing(Duration.ofSeconds(5), Duration.ofSeconds(5)).validate())
                .hasMessage("poll_timeout must be less than poll_frequency");
    }

    @Test
    void anInvalidMethodIsRejectedAsGoDoes() {
        Arguments d = Arguments.defaults("http://localhost/");
        Arguments bad = new Arguments(d.url(), d.pollFrequency(), d.pollTimeout(), false, "GE T", d.headers(),
                d.body(), d.client());
        assertThatThrownBy(bad::validate).hasMessage("net/http: invalid method \"GE T\"");
    }

    @Test
    void twoAuthenticationsAreRejected() {
        HttpClientConfig both = HttpFetcherTest.withAuth(new BasicAuth("u", new Secret("p"), ""), null,
                new Secret("t"), "");
        assertThatThrownBy(() -> client(both).validate())
                .hasMessage("at most one of basic_auth, authorization, oauth2, bearer_token & bearer_token_file must be configured");
    }

    @Test
    void basicAuthWithPasswordAndPasswordFileIsRejected() {
        HttpClientConfig both = HttpFetcherTest.withAuth(new BasicAuth("u", new Secret("p"), "/f"), null, null, "");
        assertThatThrownBy(() -> client(both).validate())
                .hasMessage("at most one of basic_auth password & password_file must be configured");
    }

    @Test
    void anAuthorizationOfTypeBasicIsRejected() {
        HttpClientConfig basic = HttpFetcherTest.withAuth(null, new Authorization(" Basic ", new Secret("x"), ""),
                null, "");
        assertThatThrownBy(() -> client(basic).validate())
                .hasMessage("authorization type cannot be set to \"basic\", use \"basic_auth\" block instead");
    }

    @Test
    void tlsMaterialMustComeInPairs() {
        TlsConfig certOnly = new TlsConfig("", "", "PEM", "", null, "", "", false, "");
        TlsConfig keyOnly = new TlsConfig("", "", "", "", new Secret("PEM"), "", "", false, "");
        TlsConfig twoCas = new TlsConfig("PEM", "/ca", "", "", null, "", "", false, "");
        TlsConfig badVersion = new TlsConfig("", "", "", "", null, "", "", false, "TLS14");
        assertThatThrownBy(() -> client(tls(certOnly)).validate())
                .hasMessage("exactly one of key_pem or key_file must be configured when a client certificate is configured");
        assertThatThrownBy(() -> client(tls(keyOnly)).validate())
                .hasMessage("exactly one of cert_pem or cert_file must be configured when a client key is configured");
        assertThatThrownBy(() -> client(tls(twoCas)).validate())
                .hasMessage("at most one of ca_pem and ca_file must be configured");
        assertThatThrownBy(() -> client(tls(badVersion)).validate()).hasMessage("unknown TLS version: TLS14");
    }

    @Test
    void proxySettingsAreCheckedWithAlloysMessages() {
        assertThatThrownBy(() -> client(proxy("", "example.com", false, Map.of())).validate())
                .hasMessage("if no_proxy is configured, proxy_url must also be configured");
        assertThatThrownBy(() -> client(proxy("http://proxy:3128", "", true, Map.of())).validate())
                .hasMessage("if proxy_from_environment is configured, proxy_url must not be configured");
        assertThatThrownBy(() -> client(proxy("", "example.com", true, Map.of())).validate())
                .hasMessage("if proxy_from_environment is configured, no_proxy must not be configured");
        assertThatThrownBy(() -> client(proxy("", "", false, Map.of("X", List.of(new Secret("y"))))).validate())
                .hasMessage("if proxy_connect_header is configured, proxy_url or proxy_from_environment must also be configured");
    }

    @Test
    void reservedHeadersCannotBeSetThroughHttpHeaders() {
        HttpClientConfig d = HttpClientConfig.DEFAULT;
        HttpClientConfig headers = new HttpClientConfig(null, null, null, null, "", "", "", false, Map.of(), d.tlsConfig(),
                true, true, Map.of("x-amz-DATE", List.of(new Secret("x"))));
        assertThatThrownBy(() -> client(headers).validate()).hasMessage("setting header \"X-Amz-Date\" is not allowed");
    }

    private static HttpClientConfig tls(TlsConfig tls) {
        return new HttpClientConfig(null, null, null, null, "", "", "", false, Map.of(), tls, true, true, Map.of());
    }

    private static HttpClientConfig proxy(String url, String noProxy, boolean fromEnvironment,
            Map<String, List<Secret>> connectHeader) {
        return new HttpClientConfig(null, null, null, null, "", url, noProxy, fromEnvironment, connectHeader,
                TlsConfig.EMPTY, true, true, Map.of());
    }
}
