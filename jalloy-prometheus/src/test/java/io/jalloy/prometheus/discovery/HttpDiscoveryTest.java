package io.jalloy.prometheus.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jalloy.common.discovery.Target;
import io.jalloy.prometheus.discovery.http.Arguments;
import io.jalloy.prometheus.discovery.http.HttpDiscoveryProvider;
import io.jalloy.prometheus.testing.FakeTarget;
import io.jalloy.runtime.componenttest.ComponentTestController;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpDiscoveryTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void fetchesTargetGroupsWithMetaUrlAndKeepsThemWhenAFetchFails() throws Exception {
        try (FakeTarget server = new FakeTarget();
             var c = ComponentTestController.<Arguments, DiscoveryExports>of(new HttpDiscoveryProvider())) {
            server.contentType("application/json").body("""
                    [{"targets": ["a:1", "b:2"], "labels": {"team": "x"}}]""");
            String url = "http://" + server.address() + "/sd";
            c.start(c.parseArguments("url = \"" + url + "\"\nrefresh_interval = \"100ms\""));
            List<Target> targets = c.waitExports(e -> e.targets().size() == 2, WAIT).targets();
            assertThat(targets).contains(Target.of("__address__", "a:1", "team", "x", "__meta_url", url));
            server.status(500);
            Thread.sleep(300);
            assertThat(c.exports().targets()).hasSize(2);
            server.status(200).contentType("text/plain");
            Thread.sleep(300);
            assertThat(c.exports().targets()).hasSize(2);
            server.contentType("application/json; charset=utf-8").body("[]");
            c.waitExports(e -> e.targets().isEmpty(), WAIT);
        }
    }

    @Test
    void defaultsAndValidation() throws Exception {
        try (var c = ComponentTestController.<Arguments, DiscoveryExports>of(new HttpDiscoveryProvider())) {
            assertThat(c.parseArguments("url = \"http://x/sd\"").refreshInterval()).isEqualTo(Duration.ofSeconds(60));
            assertThatThrownBy(() -> c.parseArguments("url = \"ftp://x/sd\""))
                    .hasMessageContaining("URL scheme must be 'http' or 'https'");
        }
    }
}
