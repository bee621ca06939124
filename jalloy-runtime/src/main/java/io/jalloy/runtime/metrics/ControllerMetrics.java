package io.jalloy.runtime.metrics;

import io.jalloy.component.HealthState;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The metrics Alloy keeps for each controller (the root config's and each module's or foreach
 * instance's): whether it is evaluating, its running components by health, its evaluation queue,
 * and how long evaluations and the waits before them take. Published through
 * {@link ComponentMetrics#addController} with {@code controller_id}/{@code controller_path} labels.
 *
 * <p>Threads: updated from the controller's evaluation thread; health counts are read at scrape
 * time from the HTTP thread through the supplier given at construction.
 */
public final class ControllerMetrics {
    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Gauge evaluating;
    private final Gauge queueSize;
    private final Histogram evaluationSeconds;
    private final Histogram waitSeconds;

    /** Metrics whose running-components gauge reads {@code health} (count by state) at each scrape. */
    public ControllerMetrics(Supplier<Map<HealthState, Integer>> health) {
        evaluating = Gauge.builder().name("alloy_component_controller_evaluating")
                .help("Tracks if the controller is currently in the middle of a graph evaluation").register(registry);
        queueSize = Gauge.builder().name("alloy_component_evaluation_queue_size")
                .help("Tracks the number of components waiting to be evaluated in the worker pool").register(registry);
        evaluationSeconds = Histogram.builder().name("alloy_component_evaluation_seconds")
                .help("Time spent performing component evaluation").register(registry);
        waitSeconds = Histogram.builder().name("alloy_component_dependencies_wait_seconds")
                .help("Time spent by components waiting to be evaluated after their dependency is updated.")
                .register(registry);
        GaugeWithCallback.builder().name("alloy_component_controller_running_components")
                .help("Total number of running components.").labelNames("health_type")
                .callback(cb -> health.get().forEach((state, n) -> {
                    if (n > 0) {
                        cb.call(n, state.text());
                    }
                })).register(registry);
    }

    /** The registry to publish. */
    PrometheusRegistry registry() {
        return registry;
    }

    /** Marks the start of an evaluation pass over {@code queued} nodes; returns its start time for {@link #evaluated}. */
    public long evaluating(int queued) {
        evaluating.set(1);
        queueSize.set(queued);
        return System.nanoTime();
    }

    /** Marks the end of the pass started at {@code startNanos}. */
    public void evaluated(long startNanos) {
        evaluationSeconds.observe((System.nanoTime() - startNanos) / 1e9);
        queueSize.set(0);
        evaluating.set(0);
    }

    /** Records how long a change waited, in nanoseconds, before its dependants were evaluated. */
    public void waited(long nanos) {
        waitSeconds.observe(nanos / 1e9);
    }
}
