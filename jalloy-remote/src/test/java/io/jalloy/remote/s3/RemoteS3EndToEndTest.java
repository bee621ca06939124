package io.jalloy.remote.s3;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.remote.testing.S3Peer;
import io.jalloy.runtime.componenttest.ComponentTestController;
import io.jalloy.syntax.value.OptionalSecret;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** remote.s3 as the runtime runs it: found by name, arguments written in Alloy. */
class RemoteS3EndToEndTest {

    @Test
    void aBlockWithStaticCredentialsAndACustomEndpointExportsTheObject() throws Exception {
        try (S3Peer peer = S3Peer.start("AKIAE2E", "e2e-secret", false);
                var c = ComponentTestController.forName("remote.s3", Arguments.class, Exports.class)) {
            peer.put("bucket", "nested/path/config.alloy", "prometheus.scrape \"x\" {}");

            c.start("""
                    path      = "s3://bucket/nested/path/config.alloy"
                    is_secret = true
                    client {
                      key            = "AKIAE2E"
                      secret         = "e2e-secret"
                      endpoint       = "%s"
                      use_path_style = true
                      region         = "eu-central-1"
                    }
                    """.formatted(peer.endpoint()));

            assertThat(c.waitExports(Duration.ofSeconds(10)))
                    .isEqualTo(new Exports(new OptionalSecret("prometheus.scrape \"x\" {}", true)));
            assertThat(c.dataPath()).satisfiesAnyOf(
                    path -> assertThat(path).doesNotExist(), path -> assertThat(path).isEmptyDirectory());
        }
    }
}
