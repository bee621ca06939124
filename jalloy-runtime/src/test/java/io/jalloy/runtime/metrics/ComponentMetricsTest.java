package io.jalloy.runtime.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ComponentMetricsTest {

    @Test
    void sameNamedMetricsOfTwoComponentsMergeIntoOneFamilyLabelledByComponent() throws Exception {
        ProcessMetrics process = new ProcessMetrics(false);
        for (String id : new String[] {"a.b.one", "mod.x/a.b.two"}) {
            PrometheusRegistry r = new PrometheusRegistry();
            Counter.builder().name("lines_total").help("Lines.").labelNames("file").register(r).labelValues("f").inc(3);
            Histogram.builder().name("latency_seconds").help("Latency.").classicOnly().register(r).observe(0.2);
            process.components().add(id, r);
        }
        String text = render(process.root());
        assertThat(text).containsOnlyOnce("# TYPE lines_total counter");
        assertThat(text).contains("lines_total{component_id=\"a.b.one\",component_path=\"/\",file=\"f\"} 3.0");
        assertThat(text).contains("lines_total{component_id=\"a.b.two\",component_path=\"/mod.x\",file=\"f\"} 3.0");
        assertThat(text).contains("latency_seconds_count{component_id=\"a.b.two\",component_path=\"/mod.x\"} 1");
    }

    @Test
    void removedComponentsVanishFromTheScrape() throws Exception {
        ProcessMetrics process = new ProcessMetrics(false);
        PrometheusRegistry r = new PrometheusRegistry();
        Counter.builder().name("gone_total").register(r).inc();
        process.components().add("x.y", r);
        assertThat(render(process.root())).contains("gone_total");
        process.components().remove("x.y");
        assertThat(render(process.root())).doesNotContain("gone_total");
    }

    @Test
    void jvmMetricsAreIncludedWhenAsked() throws Exception {
        assertThat(render(new ProcessMetrics(true).root())).contains("jvm_memory_used_bytes");
    }

    @Test
    void jvmMetricsLeaveOutNativeMemoryAndPerPoolAllocationAndRepeatAcrossScrapes() throws Exception {
        ProcessMetrics process = new ProcessMetrics(true);
        String first = render(process.root());
        assertThat(first).contains("jvm_threads_current", "process_cpu_seconds_total")
                .doesNotContain("jvm_native_memory", "jvm_memory_pool_allocated_bytes");
        assertThat(render(process.root())).contains("jvm_memory_used_bytes", "jvm_threads_current");
    }

    private static String render(PrometheusRegistry registry) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrometheusTextFormatWriter.create().write(out, registry.scrape());
        return out.toString(StandardCharsets.UTF_8);
    }
}
