package io.jalloy.runtime.metrics;

import io.prometheus.metrics.instrumentation.jvm.JvmBufferPoolMetrics;
import io.prometheus.metrics.instrumentation.jvm.JvmClassLoadingMetrics;
import io.prometheus.metrics.instrumentation.jvm.JvmCompilationMetrics;
import io.prometheus.metrics.instrumentation.jvm.JvmGarbageCollectorMetrics;
import io.prometheus.metrics.instrumentation.jvm.JvmMemoryMetrics;
import io.prometheus.metrics.instrumentation.jvm.JvmRuntimeInfoMetric;
import io.prometheus.metrics.instrumentation.jvm.JvmThreadsMetrics;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;

/**
 * The JVM's and the process's metrics, set up on the first scrape of {@code /metrics} rather than at
 * start: they pull in JMX, the platform MXBeans and their notification machinery (a few hundred
 * classes and several MiB), which a collector nobody scrapes never needs. Two families are left
 * out: native memory (it queries the diagnostic-command MBean, which loads JFR's command classes,
 * and only has values when native memory tracking is on) and per-pool allocation counters (a JMX
 * listener that builds composite data on every young collection, dozens a second under load).
 *
 * <p>Scraped from HTTP handler threads; the first scrape builds the collectors under a lock.
 */
final class LazyJvmMetrics implements MultiCollector {

    private volatile PrometheusRegistry jvm;

    @Override
    public MetricSnapshots collect() {
        return registry().scrape();
    }

    private PrometheusRegistry registry() {
        PrometheusRegistry r = jvm;
        if (r == null) {
            synchronized (this) {
                r = jvm;
                if (r == null) {
                    r = new PrometheusRegistry();
                    JvmThreadsMetrics.builder().register(r);
                    JvmBufferPoolMetrics.builder().register(r);
                    JvmClassLoadingMetrics.builder().register(r);
                    JvmCompilationMetrics.builder().register(r);
                    JvmGarbageCollectorMetrics.builder().register(r);
                    JvmMemoryMetrics.builder().register(r);
                    JvmRuntimeInfoMetric.builder().register(r);
                    io.prometheus.metrics.instrumentation.jvm.ProcessMetrics.builder().register(r);
                    jvm = r;
                }
            }
        }
        return r;
    }
}
