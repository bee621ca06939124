package io.jalloy.prometheus.scrape.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.labels.LabelInterner;
import io.jalloy.common.labels.Labels;
import io.jalloy.prometheus.api.Appender;
import io.jalloy.prometheus.api.ExemplarSample;
import io.jalloy.prometheus.api.HistogramSample;
import io.jalloy.prometheus.api.MetricMetadata;
import io.jalloy.prometheus.internal.exposition.PromTextParser;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The scrape hot path: a sample of a series already in the table is appended without allocating. */
class ScrapeSinkAllocationTest {

    /** An appender that keeps nothing and hands back a fixed reference. */
    private static final class CountingAppender implements Appender {
        long samples;
        long refsSeen;

        @Override
        public long append(long ref, Labels labels, long timestampMs, double value) {
            samples++;
            if (ref != NO_REF) {
                refsSeen++;
            }
            return 42;
        }

        @Override
        public long appendHistogram(long ref, Labels labels, long timestampMs, HistogramSample histogram) {
            return 42;
        }

        @Override
        public long appendExemplar(long ref, Labels labels, ExemplarSample exemplar) {
            return ref;
        }

        @Override
        public long updateMetadata(long ref, Labels labels, MetricMetadata metadata) {
            return ref;
        }

        @Override
        public void commit() {}

        @Override
        public void rollback() {}
    }

    @Test
    void knownSeriesAppendWithoutAllocating() {
        var bean = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "needs allocation accounting");
        var mx = (com.sun.management.ThreadMXBean) bean;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            sb.append("http_requests_total{code=\"200\",handler=\"/api/").append(i).append("\",method=\"GET\"} ")
                    .append(i).append(".5\n");
        }
        byte[] body = sb.toString().getBytes(StandardCharsets.UTF_8);
        ScrapeSettings settings = new ScrapeSettings("job", false, true, false, Duration.ofSeconds(1), Duration.ofSeconds(1),
                "http", "/metrics", Map.of(), "*/*", null, true, 0, 0, 0, 0, 0, false, false, false);
        SeriesTable table = new SeriesTable(1);
        ScrapeSink sink = new ScrapeSink(table, settings, Labels.of("job", "j", "instance", "i:1"), new LabelInterner(1 << 16));
        CountingAppender app = new CountingAppender();
        Appender[] apps = {app};
        PromTextParser parser = new PromTextParser();
        int epoch = 0;
        for (int i = 0; i < 300; i++) {
            sink.start(apps, ++epoch, 1000L + i);
            parser.parse(body, 0, body.length, sink);
        }
        long before = mx.getCurrentThreadAllocatedBytes();
        int rounds = 20;
        for (int i = 0; i < rounds; i++) {
            sink.start(apps, ++epoch, 5000L + i);
            parser.parse(body, 0, body.length, sink);
        }
        long perSample = (mx.getCurrentThreadAllocatedBytes() - before) / (rounds * 2000L);
        assertThat(table.size()).isEqualTo(2000);
        assertThat(sink.added()).isZero();
        assertThat(sink.samples()).isEqualTo(2000);
        assertThat(perSample).as("bytes allocated per known sample").isLessThan(2);
        assertThat(app.refsSeen).isGreaterThan(0);
        assertThat(app.samples).isEqualTo(320L * 2000);
    }
}
