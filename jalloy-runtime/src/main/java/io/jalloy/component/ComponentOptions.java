package io.jalloy.component;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * What the runtime gives a component when creating it; fixed for the component's life (Alloy's
 * {@code component.Options}).
 *
 * @param id the component's globally unique id, such as {@code local.file.secrets} or, inside a
 *     module, {@code module.file.x/local.file.secrets}
 * @param logger a logger named {@code io.jalloy.component.<id>}
 * @param dataPath a directory private to this component under {@code --storage.path}; it may not
 *     exist yet, and the component creates it when it needs it
 * @param metrics a registry private to this component: its series appear on {@code /metrics} with
 *     {@code component_id} and {@code component_path} labels added, and vanish with the component
 * @param clock the clock to read time from (tests substitute it)
 * @param http where to register the component's HTTP handler
 * @param minStability the configured {@code --stability.level}, for components that gate features
 */
public record ComponentOptions(
        String id,
        System.Logger logger,
        Path dataPath,
        PrometheusRegistry metrics,
        Clock clock,
        ComponentHttp http,
        Stability minStability) {

    public ComponentOptions {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(logger, "logger");
        Objects.requireNonNull(dataPath, "dataPath");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(minStability, "minStability");
    }
}
