package io.jalloy.remote.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jalloy.remote.testing.AlloyBlocks;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.value.Secret;
import io.jalloy.syntax.value.ValueException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

    @Test
    void aMinimalBlockDecodesToAlloysDefaults() throws Exception {
        Arguments args = AlloyBlocks.decode("remote.s3 \"x\" { path = \"s3://bucket/file\" }", Arguments.class);

        assertThat(args).isEqualTo(new Arguments("s3://bucket/file", Duration.ofMinutes(10), false, Client.DEFAULT));
    }

    @Test
    void theClientBlockDecodesEveryAttribute() throws Exception {
        Arguments args = AlloyBlocks.decode("""
                remote.s3 "x" {
                  path           = "s3://bucket/dir/file"
                  poll_frequency = "1m"
                  is_secret      = true
                  client {
                    key            = "AKIA"
                    secret         = "shh"
                    endpoint       = "http://minio:9000"
                    disable_ssl    = true
                    use_path_style = true
                    region         = "eu-west-1"
                    signing_region = "us-east-1"
                  }
                }
                """, Arguments.class);

        assertThat(args.client()).isEqualTo(
                new Client("AKIA", new Secret("shh"), "http://minio:9000", true, true, "eu-west-1", "us-east-1"));
        assertThat(args.pollFrequency()).isEqualTo(Duration.ofMinutes(1));
        assertThat(args.isSecret()).isTrue();
    }

    @Test
    void aPollFrequencyOfThirtySecondsOrLessIsRejectedWithAlloysMessage() {
        assertThatThrownBy(() -> AlloyBlocks.decode(
                        "remote.s3 \"x\" {\n  path = \"s3://b/f\"\n  poll_frequency = \"30s\"\n}", Arguments.class))
                .isInstanceOf(Diagnostics.class)
                .hasMessageContaining("poll_frequency must be greater than 30s");
    }

    @Test
    void thePathSplitsIntoBucketAndKeyAsAlloyDoes() throws Exception {
        assertThat(S3Location.parse("s3://bucket/file")).isEqualTo(new S3Location("bucket", "file"));
        assertThat(S3Location.parse("s3://bucket/parent/file")).isEqualTo(new S3Location("bucket", "parent/file"));
    }

    @Test
    void aPathWithoutBucketOrKeyIsRejected() {
        for (String path : new String[] {"bucket/file", "s3://bucket", "s3://bucket/", "s3:///file"}) {
            assertThatThrownBy(() -> S3Location.parse(path))
                    .isInstanceOf(ValueException.class)
                    .hasMessage("path \"" + path + "\" must be of the form s3://bucket/key");
        }
    }

    @Test
    void aCustomEndpointIsSignedForTheSigningRegion() {
        Client withEndpoint = new Client("", null, "http://minio:9000", false, true, "eu-west-1", "us-west-2");
        Client withoutEndpoint = new Client("", null, "", false, false, "eu-west-1", "us-west-2");

        assertThat(S3Clients.region(withEndpoint)).isEqualTo("us-west-2");
        assertThat(S3Clients.region(withoutEndpoint)).isEqualTo("eu-west-1");
    }
}
