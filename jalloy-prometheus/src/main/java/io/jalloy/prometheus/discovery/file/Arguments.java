package io.jalloy.prometheus.discovery.file;

import io.jalloy.syntax.decode.Attr;
import java.time.Duration;
import java.util.List;

/**
 * The arguments of {@code discovery.file}.
 *
 * @param files glob patterns of Prometheus file_sd files ({@code .json}, {@code .yml}, {@code .yaml})
 * @param refreshInterval how often the files are read again (default 5m)
 */
public record Arguments(@Attr("files") List<String> files,
                        @Attr(value = "refresh_interval", optional = true) Duration refreshInterval) {
    public Arguments {
        files = List.copyOf(files);
    }

    public static Arguments defaults() {
        return new Arguments(List.of(), Duration.ofMinutes(5));
    }
}
