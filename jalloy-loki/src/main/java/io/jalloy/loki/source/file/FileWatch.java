package io.jalloy.loki.source.file;

import io.jalloy.syntax.decode.Attr;
import java.time.Duration;

/**
 * The {@code file_watch} block: how often a file at its end is polled for new data. The wait
 * doubles from the minimum to the maximum while nothing changes.
 *
 * @param minPollFrequency the first wait (default 250ms)
 * @param maxPollFrequency the longest wait (default 250ms)
 */
public record FileWatch(
        @Attr(value = "min_poll_frequency", optional = true) Duration minPollFrequency,
        @Attr(value = "max_poll_frequency", optional = true) Duration maxPollFrequency) {

    public static FileWatch defaults() {
        return new FileWatch(Duration.ofMillis(250), Duration.ofMillis(250));
    }
}
