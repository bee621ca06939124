package io.jalloy.remote.s3;

import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.value.Secret;

/**
 * The {@code client} block of {@code remote.s3}: static credentials (else the default AWS
 * credential chain), an S3-compatible endpoint, path-style addressing and regions.
 *
 * @param key the access key id; with {@code secret}, replaces the default credential chain
 * @param secret the secret access key
 * @param endpoint an S3-compatible endpoint URL
 * @param disableSsl despite its name, skips TLS certificate verification (as in Alloy)
 * @param usePathStyle address the bucket in the path rather than the host name
 * @param region the AWS region
 * @param signingRegion the region to sign requests for, when a custom endpoint needs one
 */
public record Client(
        @Attr(value = "key", optional = true) String key,
        @Attr(value = "secret", optional = true) Secret secret,
        @Attr(value = "endpoint", optional = true) String endpoint,
        @Attr(value = "disable_ssl", optional = true) boolean disableSsl,
        @Attr(value = "use_path_style", optional = true) boolean usePathStyle,
        @Attr(value = "region", optional = true) String region,
        @Attr(value = "signing_region", optional = true) String signingRegion) {

    /** No overrides: default credentials, AWS endpoints. */
    public static final Client DEFAULT = new Client("", null, "", false, false, "", "");

    /** The decoder's starting point. */
    public static Client defaults() {
        return DEFAULT;
    }

    /** The secret access key, empty when not set. */
    String secretValue() {
        return secret == null ? "" : secret.value();
    }
}
