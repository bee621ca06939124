package io.jalloy.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HttpServerOptionsTest {

    @Test
    void defaultsAreAlloysLoopbackAddressAndRootPrefix() {
        HttpServerOptions o = HttpServerOptions.defaults();
        assertThat(o.host()).isEqualTo("127.0.0.1");
        assertThat(o.port()).isEqualTo(12345);
        assertThat(o.uiPathPrefix()).isEqualTo("/");
    }

    @Test
    void ipv6AndEmptyHostsAreUnderstood() {
        assertThat(new HttpServerOptions("[::1]:9000", "/").host()).isEqualTo("::1");
        assertThat(new HttpServerOptions(":9000", "/").host()).isEmpty();
    }

    @Test
    void uiPrefixGainsLeadingAndTrailingSlashes() {
        assertThat(new HttpServerOptions("127.0.0.1:0", "alloy").uiPathPrefix()).isEqualTo("/alloy/");
    }

    @Test
    void addressWithoutPortIsRejected() {
        assertThatThrownBy(() -> new HttpServerOptions("localhost", "/").port())
                .hasMessage("address localhost: missing port in address");
        assertThatThrownBy(() -> new HttpServerOptions("localhost:http", "/").port())
                .hasMessage("address localhost:http: invalid port \"http\"");
    }
}
