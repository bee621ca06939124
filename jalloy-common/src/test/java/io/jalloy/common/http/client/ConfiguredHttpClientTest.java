package io.jalloy.common.http.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jalloy.common.http.HttpClientConfig;
import io.jalloy.common.http.TlsConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfiguredHttpClientTest {

    private static HttpClientConfig with(String proxyUrl, TlsConfig tls) {
        HttpClientConfig d = HttpClientConfig.DEFAULT;
        return new HttpClientConfig(d.basicAuth(), d.authorization(), d.oauth2(), d.bearerToken(), d.bearerTokenFile(),
                proxyUrl, d.noProxy(), d.proxyFromEnvironment(), d.proxyConnectHeader(), tls, d.followRedirects(),
                d.enableHttp2(), d.httpHeaders());
    }

    @Test
    void aMissingCaFileIsReportedWhenTheClientIsBuiltNotOnItsFirstRequest() {
        TlsConfig tls = new TlsConfig("", "/nonexistent/jalloy-ca.pem", "", "", null, "", "", false, "");
        assertThatThrownBy(() -> ConfiguredHttpClient.build(with("", tls), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("failed to configure TLS");
    }

    @Test
    void aBadProxyUrlIsReportedWhenTheClientIsBuilt() {
        assertThatThrownBy(() -> ConfiguredHttpClient.build(with("::not a url", TlsConfig.EMPTY), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aProxiedClientSaysSoAndItsJdkClientUsesTheProxy() {
        try (ConfiguredHttpClient client = ConfiguredHttpClient.build(with("http://127.0.0.1:3128", TlsConfig.EMPTY), Map.of())) {
            assertThat(client.proxied()).isTrue();
            assertThat(client.client().proxy()).isPresent();
        }
    }

    @Test
    void theDefaultClientIsBuiltOnceAndReusedByEveryCaller() {
        try (ConfiguredHttpClient client = ConfiguredHttpClient.build(HttpClientConfig.DEFAULT, Map.of())) {
            assertThat(client.proxied()).isFalse();
            assertThat(client.client()).isSameAs(client.client());
            assertThat(client.client().proxy()).isEmpty();
        }
    }

    @Test
    void closingBeforeFirstUseLeavesAClientThatCannotSend() {
        ConfiguredHttpClient client = ConfiguredHttpClient.build(HttpClientConfig.DEFAULT, Map.of());
        client.close();
        assertThat(client.client().isTerminated()).isTrue();
    }
}
