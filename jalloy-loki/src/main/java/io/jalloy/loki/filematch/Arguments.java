package io.jalloy.loki.filematch;

import io.jalloy.common.discovery.Target;
import io.jalloy.syntax.decode.Attr;
import java.time.Duration;
import java.util.List;

/**
 * The arguments of {@code local.file_match}.
 *
 * @param pathTargets targets whose {@code __path__} (and optional {@code __path_exclude__}) are globs
 * @param syncPeriod how often the globs are expanded again (default 10s)
 * @param ignoreOlderThan leave out files not modified for this long; zero keeps every file
 */
public record Arguments(
        @Attr("path_targets") List<Target> pathTargets,
        @Attr(value = "sync_period", optional = true) Duration syncPeriod,
        @Attr(value = "ignore_older_than", optional = true) Duration ignoreOlderThan) {

    /** Alloy's defaults, the decoder's starting point. */
    public static Arguments defaults() {
        return new Arguments(List.of(), Duration.ofSeconds(10), Duration.ZERO);
    }
}
