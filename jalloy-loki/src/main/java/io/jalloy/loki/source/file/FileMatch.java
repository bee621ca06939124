package io.jalloy.loki.source.file;

import io.jalloy.syntax.decode.Attr;
import java.time.Duration;

/**
 * The {@code file_match} block: expand {@code __path__} globs inside the component instead of
 * through {@code local.file_match}.
 *
 * @param enabled whether targets are globs (default false)
 * @param syncPeriod how often the globs are expanded again (default 10s)
 * @param ignoreOlderThan leave out files not modified for this long; zero keeps all
 */
public record FileMatch(
        @Attr(value = "enabled", optional = true) boolean enabled,
        @Attr(value = "sync_period", optional = true) Duration syncPeriod,
        @Attr(value = "ignore_older_than", optional = true) Duration ignoreOlderThan) {

    public static FileMatch defaults() {
        return new FileMatch(false, Duration.ofSeconds(10), Duration.ZERO);
    }
}
