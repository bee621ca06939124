package io.jalloy.loki.process.stages;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.labels.Labels;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code stage.metrics}: the documented counters, gauge and histogram, and idle expiry. */
class MetricsStageTest {

    private static String exposition(Harness h) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrometheusTextFormatWriter.create().write(out, h.registry.scrape());
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void countersCountLinesAndBytesWithTheEntryLabels() throws Exception {
        Harness h = new Harness("""
                stage.metrics {
                    metric.counter {
                        name        = "log_lines_total"
                        description = "total number of log lines"
                        prefix      = "my_custom_tracking_"
                        match_all         = true
                        action            = "inc"
                        max_idle_duration = "24h"
                    }
                }
                stage.metrics {
                    metric.counter {
                        name        = "log_bytes_total"
                        description = "total bytes of log lines"
                        prefix      = "my_custom_tracking_"
                        match_all         = true
                        count_entry_bytes = true
                        action            = "add"
                        max_idle_duration = "24h"
                    }
                }
                """);
        h.run(Harness.entry(Labels.of("job", "a"), "12345"), Harness.entry(Labels.of("job", "a"), "123"));
        String text = exposition(h);
        assertThat(text).contains("my_custom_tracking_log_lines_total{job=\"a\"} 2.0")
                .contains("my_custom_tracking_log_bytes_total{job=\"a\"} 8.0");
    }

    @Test
    void countersWithAValueCountOnlyMatchingEntries() throws Exception {
        Harness h = new Harness("""
                stage.regex {
                    expression = "^.* order_status=(?P<order_status>.*?) .*$"
                }
                stage.metrics {
                    metric.counter {
                        name        = "successful_orders_total"
                        description = "successful orders"
                        source      = "order_status"
                        value       = "success"
                        action      = "inc"
                    }
                }
                """);
        h.run(Harness.entry("a order_status=success x"), Harness.entry("a order_status=fail x"),
                Harness.entry("a order_status=success x"));
        assertThat(exposition(h)).contains("loki_process_custom_successful_orders_total 2.0");
    }

    @Test
    void gaugesAddExtractedNumbers() throws Exception {
        Harness h = new Harness("""
                stage.regex {
                    expression = "^.* retries=(?P<retries>\\\\d+) .*$"
                }
                stage.metrics {
                    metric.gauge {
                        name        = "retries_total"
                        description = "total_retries"
                        source      = "retries"
                        action      = "add"
                    }
                }
                """);
        h.run(Harness.entry("x retries=3 y"), Harness.entry("x retries=4 y"));
        assertThat(exposition(h)).contains("loki_process_custom_retries_total 7.0");
    }

    @Test
    void histogramsObserveNumbersAndDurations() throws Exception {
        Harness h = new Harness("""
                stage.logfmt {
                    mapping = { response_time = "" }
                }
                stage.metrics {
                    metric.histogram {
                        name        = "http_response_time_seconds"
                        description = "recorded response times"
                        source      = "response_time"
                        buckets     = [0.001,0.0025,0.005,0.010,0.025,0.050]
                    }
                }
                """);
        h.run(Harness.entry("response_time=0.002"), Harness.entry("response_time=20ms"), Harness.entry("response_time=1"));
        String text = exposition(h);
        assertThat(text).contains("loki_process_custom_http_response_time_seconds_bucket{le=\"0.0025\"} 1")
                .contains("loki_process_custom_http_response_time_seconds_bucket{le=\"0.025\"} 2")
                .contains("loki_process_custom_http_response_time_seconds_bucket{le=\"+Inf\"} 3")
                .contains("loki_process_custom_http_response_time_seconds_count 3");
    }

    @Test
    void idleSeriesDisappear() throws Exception {
        FilterStagesTest.ManualClock clock = new FilterStagesTest.ManualClock();
        Harness h = new Harness("stage.metrics {\n metric.counter {\n name = \"c\"\n match_all = true\n action = \"inc\"\n"
                + " max_idle_duration = \"1m\"\n }\n}", clock, () -> 0.5);
        h.run(Harness.entry(Labels.of("job", "a"), "x"));
        assertThat(exposition(h)).contains("loki_process_custom_c_total{job=\"a\"} 1.0");
        clock.advance(Duration.ofMinutes(2));
        assertThat(exposition(h)).doesNotContain("job=\"a\"");
    }

    @Test
    void invalidMetricsAreConfigurationErrors() throws Exception {
        assertThat(Harness.error("stage.metrics {\n metric.counter {\n name = \"c\"\n action = \"set\"\n }\n}"))
                .isEqualTo("counter action must be defined as either `inc` or `add`");
        assertThat(Harness.error("stage.metrics {\n metric.gauge {\n name = \"g\"\n action = \"nope\"\n }\n}"))
                .isEqualTo("gauge action must be defined as `set`, `inc`, `dec`, `add`, or `sub`");
        assertThat(Harness.error("stage.metrics {\n metric.counter {\n name = \"c\"\n action = \"inc\"\n max_idle_duration = \"500ms\"\n }\n}"))
                .isEqualTo("max_idle_duration must be greater or equal than 1s");
    }
}
