package io.jalloy.remote.s3;

import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Block;
import io.jalloy.syntax.decode.Validating;
import io.jalloy.syntax.value.ValueException;
import java.time.Duration;

/**
 * The arguments of {@code remote.s3}.
 *
 * @param path the object, {@code s3://bucket/key}
 * @param pollFrequency time between downloads (default 10m, more than 30s)
 * @param isSecret whether the content is exported as a secret
 * @param client overrides of the AWS client
 */
public record Arguments(
        @Attr("path") String path,
        @Attr(value = "poll_frequency", optional = true) Duration pollFrequency,
        @Attr(value = "is_secret", optional = true) boolean isSecret,
        @Block(value = "client", optional = true) Client client)
        implements Validating {

    private static final Duration MINIMUM_POLL_FREQUENCY = Duration.ofSeconds(30);

    /** Alloy's defaults, the decoder's starting point. */
    public static Arguments defaults() {
        return new Arguments("", Duration.ofMinutes(10), false, Client.DEFAULT);
    }

    /** Checks the arguments with Alloy's messages (the path check is Jalloy's own: Alloy has none). */
    @Override
    public void validate() throws ValueException {
        if (pollFrequency.compareTo(MINIMUM_POLL_FREQUENCY) <= 0) {
            throw new ValueException("poll_frequency must be greater than 30s");
        }
        S3Location.parse(path);
    }
}
