package io.jalloy.cli.internal;

import io.jalloy.component.Stability;
import io.jalloy.runtime.http.HttpServerOptions;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;

/**
 * What {@code jalloy run} was asked to run (its flags, resolved).
 *
 * @param configPath the config file or directory
 * @param http where the HTTP server listens and its UI prefix
 * @param storagePath {@code --storage.path}
 * @param minStability {@code --stability.level}
 * @param communityComponents {@code --feature.community-components.enabled}
 * @param env what {@code sys.env} reads
 */
public record RunSettings(Path configPath, HttpServerOptions http, Path storagePath, Stability minStability,
                          boolean communityComponents, Function<String, String> env) {

    public RunSettings {
        Objects.requireNonNull(configPath, "configPath");
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(storagePath, "storagePath");
        Objects.requireNonNull(minStability, "minStability");
        Objects.requireNonNull(env, "env");
    }
}
