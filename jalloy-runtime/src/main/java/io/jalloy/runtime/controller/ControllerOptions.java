package io.jalloy.runtime.controller;

import io.jalloy.component.Stability;
import io.jalloy.runtime.controller.internal.check.Services;
import io.jalloy.runtime.metrics.ComponentMetrics;
import io.jalloy.runtime.registry.ComponentRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What a {@link Controller} runs with (the {@code alloy run} flags that matter to it).
 *
 * @param registry the components that exist
 * @param dataRoot {@code --storage.path}
 * @param clock the clock components and health use
 * @param minStability {@code --stability.level}
 * @param metrics where component metrics are published
 * @param env how {@code sys.env} reads the environment
 * @param services block names that configure services rather than components
 * @param workingDirectory what relative {@code import.file} names resolve against (the process's
 *     working directory in Alloy)
 * @param communityComponents {@code --feature.community-components.enabled}: whether community
 *     components may run (they are refused with Alloy's text otherwise)
 */
public record ControllerOptions(ComponentRegistry registry, Path dataRoot, Clock clock, Stability minStability,
                                ComponentMetrics metrics, Function<String, String> env, Set<String> services,
                                Path workingDirectory, boolean communityComponents) {

    public ControllerOptions {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(dataRoot, "dataRoot");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(minStability, "minStability");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(env, "env");
        services = Set.copyOf(services);
        Objects.requireNonNull(workingDirectory, "workingDirectory");
    }

    /** Options with community components disabled, as Alloy's default. */
    public ControllerOptions(ComponentRegistry registry, Path dataRoot, Clock clock, Stability minStability,
                             ComponentMetrics metrics, Function<String, String> env, Set<String> services,
                             Path workingDirectory) {
        this(registry, dataRoot, clock, minStability, metrics, env, services, workingDirectory, false);
    }

    /** Options resolving relative imports against the process's working directory. */
    public ControllerOptions(ComponentRegistry registry, Path dataRoot, Clock clock, Stability minStability,
                             ComponentMetrics metrics, Function<String, String> env, Set<String> services) {
        this(registry, dataRoot, clock, minStability, metrics, env, services, Path.of("").toAbsolutePath(), false);
    }

    /** These options at stability level {@code level} ({@code --stability.level}). */
    public ControllerOptions withMinStability(Stability level) {
        return new ControllerOptions(registry, dataRoot, clock, level, metrics, env, services, workingDirectory,
                communityComponents);
    }

    /** These options with relative imports resolved against {@code dir}. */
    public ControllerOptions withWorkingDirectory(Path dir) {
        return new ControllerOptions(registry, dataRoot, clock, minStability, metrics, env, services, dir,
                communityComponents);
    }

    /** These options with community components enabled or not ({@code --feature.community-components.enabled}). */
    public ControllerOptions withCommunityComponents(boolean enabled) {
        return new ControllerOptions(registry, dataRoot, clock, minStability, metrics, env, services, workingDirectory,
                enabled);
    }

    /** Alloy's defaults: generally-available, the system clock and environment, Alloy's services. */
    public static ControllerOptions defaults(ComponentRegistry registry, Path dataRoot, ComponentMetrics metrics) {
        return new ControllerOptions(registry, dataRoot, Clock.systemUTC(), Stability.GENERALLY_AVAILABLE, metrics,
                System::getenv, Services.alloyDefaults().keySet());
    }
}
