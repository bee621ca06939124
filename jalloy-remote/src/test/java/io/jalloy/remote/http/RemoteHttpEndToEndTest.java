package io.jalloy.remote.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.component.HealthState;
import io.jalloy.remote.testing.RecordingServer;
import io.jalloy.runtime.componenttest.ComponentTestController;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** remote.http as the runtime runs it: found by name, arguments written in Alloy. */
class RemoteHttpEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void aBlockWithBasicAuthPollsTheEndpointAndExportsTheBody() throws Exception {
        try (RecordingServer server = RecordingServer.http().respond(200, "  remote config  ");
                var c = ComponentTestController.forName("remote.http", Arguments.class, Exports.class)) {
            c.start("""
                    url            = "%s/config"
                    poll_frequency = "2s"
                    poll_timeout   = "1500ms"
                    client {
                      basic_auth {
                        username = "agent"
                        password = sys.env("JALLOY_TEST_UNSET_PASSWORD")
                      }
                    }
                    """.formatted(server.url()));

            assertThat(c.waitExports(WAIT).content().value()).isEqualTo("remote config");
            server.respond(200, "changed");
            assertThat(c.waitExports(e -> e.content().value().equals("changed"), WAIT)).isNotNull();
            assertThat(c.waitHealth(h -> h.state() == HealthState.HEALTHY, WAIT)).isNotNull();
            String expected = "Basic " + Base64.getEncoder().encodeToString("agent:".getBytes());
            assertThat(server.requests()).allMatch(r -> expected.equals(r.headers().getFirst("Authorization")));
        }
    }
}
