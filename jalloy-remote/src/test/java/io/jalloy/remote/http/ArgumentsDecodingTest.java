package io.jalloy.remote.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jalloy.common.http.HttpClientConfig;
import io.jalloy.remote.testing.AlloyBlocks;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.value.Secret;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArgumentsDecodingTest {

    @Test
    void aMinimalBlockDecodesToAlloysDefaults() throws Exception {
        Arguments args = AlloyBlocks.decode("remote.http \"x\" { url = \"http://example.com/\" }", Arguments.class);

        assertThat(args).isEqualTo(Arguments.defaults("http://example.com/"));
    }

    @Test
    void everyAttributeAndTheClientBlockDecode() throws Exception {
        Arguments args = AlloyBlocks.decode("""
                remote.http "x" {
                  url            = "https://example.com/cfg"
                  method         = "POST"
                  headers        = { "X-A" = "1" }
                  body           = "q"
                  poll_frequency = "30s"
                  poll_timeout   = "5s"
                  is_secret      = true
                  client {
                    bearer_token = "tok"
                    proxy_url    = "http://proxy:3128"
                    no_proxy     = "internal"
                    tls_config {
                      insecure_skip_verify = true
                      min_version          = "TLS12"
                    }
                  }
                }
                """, Arguments.class);

        assertThat(args.method()).isEqualTo("POST");
        assertThat(args.headers()).isEqualTo(Map.of("X-A", "1"));
        assertThat(args.pollFrequency()).isEqualTo(Duration.ofSeconds(30));
        assertThat(args.pollTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(args.isSecret()).isTrue();
        HttpClientConfig client = args.client();
        assertThat(client.bearerToken()).isEqualTo(new Secret("tok"));
        assertThat(client.proxyUrl()).isEqualTo("http://proxy:3128");
        assertThat(client.tlsConfig().insecureSkipVerify()).isTrue();
        assertThat(client.tlsConfig().minVersion()).isEqualTo("TLS12");
        assertThat(client.followRedirects()).as("default kept inside a written client block").isTrue();
    }

    @Test
    void validationFailuresAreReportedAtTheBlock() {
        assertThatThrownBy(() -> AlloyBlocks.decode("""
                remote.http "x" {
                  url          = "http://example.com/"
                  poll_timeout = "2m"
                }
                """, Arguments.class))
                .isInstanceOf(Diagnostics.class)
                .hasMessageContaining("poll_timeout must be less than poll_frequency");
    }
}
