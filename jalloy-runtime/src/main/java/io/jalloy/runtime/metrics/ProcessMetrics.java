package io.jalloy.runtime.metrics;

import io.prometheus.metrics.model.registry.PrometheusRegistry;

/** The registry behind {@code /metrics}: JVM metrics, Jalloy's own, and every component's. */
public final class ProcessMetrics {

    private final PrometheusRegistry root = new PrometheusRegistry();
    private final ComponentMetrics components = new ComponentMetrics();

    /**
     * A fresh registry; {@code withJvmMetrics} adds the JVM's, built on the first scrape (tests that
     * count series leave them out).
     */
    public ProcessMetrics(boolean withJvmMetrics) {
        if (withJvmMetrics) {
            root.register(new LazyJvmMetrics());
        }
        root.register(components);
    }

    /** Where the runtime registers its own (controller-level) metrics. */
    public PrometheusRegistry root() {
        return root;
    }

    /** Where nodes publish their registries. */
    public ComponentMetrics components() {
        return components;
    }
}
