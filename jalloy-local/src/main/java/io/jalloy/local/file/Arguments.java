package io.jalloy.local.file;

import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Validating;
import io.jalloy.syntax.value.ValueException;
import java.time.Duration;

/**
 * The arguments of {@code local.file}.
 *
 * @param filename the file to read
 * @param detector how changes are noticed (default fsnotify)
 * @param pollFrequency how often to re-read (polling, or fsnotify's safety net); default 1m
 * @param isSecret whether the content is exported as a secret
 */
public record Arguments(
        @Attr("filename") String filename,
        @Attr(value = "detector", optional = true) Detector detector,
        @Attr(value = "poll_frequency", optional = true) Duration pollFrequency,
        @Attr(value = "is_secret", optional = true) boolean isSecret)
        implements Validating {

    /** Alloy's defaults, the decoder's starting point. */
    public static Arguments defaults() {
        return new Arguments("", Detector.FSNOTIFY, Duration.ofMinutes(1), false);
    }

    /** Alloy's check, with its message. */
    @Override
    public void validate() throws ValueException {
        if (pollFrequency.isNegative() || pollFrequency.isZero()) {
            throw new ValueException("poll_frequency must be greater than 0");
        }
    }
}
