package io.jalloy.loki.process.stages;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleSupplier;

/**
 * What compiled stages share: the component's logger, its metrics registry, the clock and the
 * random source (tests substitute both), and the {@code loki_process_dropped_lines_total} counter.
 */
public record StageContext(
        System.Logger logger,
        PrometheusRegistry registry,
        Clock clock,
        DoubleSupplier random,
        Counter dropped,
        Map<String, Counter> shared) {

    /** A context whose dropped-lines counter is registered in {@code registry}. */
    public static StageContext create(System.Logger logger, PrometheusRegistry registry, Clock clock, DoubleSupplier random) {
        Counter dropped = Counter.builder()
                .name("loki_process_dropped_lines_total")
                .help("A count of all log lines dropped as a result of a pipeline stage")
                .labelNames("reason")
                .register(registry);
        return new StageContext(logger, registry, clock, random, dropped, new ConcurrentHashMap<>());
    }

    /**
     * A counter registered once for the component's life and shared by every stage that asks for
     * it (Alloy's register-or-get), such as {@code loki_process_truncated_fields_total}.
     */
    public Counter sharedCounter(String name, String help, String... labelNames) {
        return shared.computeIfAbsent(name, n -> Counter.builder().name(n).help(help).labelNames(labelNames)
                .register(registry));
    }

    /** Counts one entry dropped for {@code reason}. */
    public void drop(String reason) {
        dropped.labelValues(reason).inc();
    }

    /** The current time in nanoseconds since the epoch. */
    public long nowNanos() {
        var i = clock.instant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    /** Logs a per-entry problem at debug level (Alloy logs these only in debug mode). */
    public void debug(String message) {
        logger.log(System.Logger.Level.DEBUG, message);
    }
}
