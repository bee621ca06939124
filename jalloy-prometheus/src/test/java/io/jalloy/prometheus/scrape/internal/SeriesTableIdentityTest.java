package io.jalloy.prometheus.scrape.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.labels.LabelInterner;
import io.jalloy.common.labels.Labels;
import io.jalloy.prometheus.api.Appender;
import io.jalloy.prometheus.api.ExemplarSample;
import io.jalloy.prometheus.api.HistogramSample;
import io.jalloy.prometheus.api.MetricMetadata;
import io.jalloy.prometheus.internal.exposition.PromTextParser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Known series are confirmed by their final labels where possible and by a key otherwise; either
 * way a second scrape finds every series again, and different series never share an entry.
 */
class SeriesTableIdentityTest {

    private static final class RecordingAppender implements Appender {
        final List<String> appended = new ArrayList<>();
        final List<Long> refsIn = new ArrayList<>();
        long next = 1;

        @Override
        public long append(long ref, Labels labels, long timestampMs, double value) {
            appended.add(labels + "=" + value);
            refsIn.add(ref);
            return ref != NO_REF ? ref : next++;
        }

        @Override
        public long appendHistogram(long ref, Labels labels, long timestampMs, HistogramSample h) {
            return ref;
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

    private static final String BODY = """
            plain{a="1",b="two"} 1
            plain{a="1",b="three"} 2
            clash{job="scraped",x="y"} 3
            escaped{path="C:\\\\dir",q="\\"x\\""} 4
            empty{a="",b="z"} 5
            unicode{city="Zürich"} 6
            bare 7
            """;

    @Test
    void secondScrapeFindsEverySeriesByReferenceWhateverItsLabels() {
        ScrapeSettings settings = new ScrapeSettings("job", false, true, false, Duration.ofSeconds(1),
                Duration.ofSeconds(1), "http", "/metrics", Map.of(), "*/*", null, true, 0, 0, 0, 0, 0, false, false, false);
        SeriesTable table = new SeriesTable(1);
        ScrapeSink sink = new ScrapeSink(table, settings, Labels.of("job", "j", "instance", "i:1"), new LabelInterner(64));
        RecordingAppender app = new RecordingAppender();
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        PromTextParser parser = new PromTextParser();

        sink.start(new Appender[] {app}, 1, 1000);
        parser.parse(body, 0, body.length, sink);
        List<String> first = List.copyOf(app.appended);
        app.appended.clear();
        app.refsIn.clear();
        sink.start(new Appender[] {app}, 2, 2000);
        parser.parse(body, 0, body.length, sink);

        assertThat(first).hasSize(7).doesNotHaveDuplicates();
        assertThat(app.appended).isEqualTo(first);
        assertThat(app.refsIn).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(table.size()).isEqualTo(7);
        assertThat(first).contains("{__name__=\"clash\", exported_job=\"scraped\", instance=\"i:1\", job=\"j\", x=\"y\"}=3.0");
        List<String> byOrder = new ArrayList<>();
        sink.start(new Appender[] {app}, 3, 3000);
        parser.parse(body, 0, body.length, sink);
        table.sweep(3, e -> {});
        table.clear(e -> {
            if (table.byOrder(e)) {
                byOrder.add(table.labels(e).get("__name__"));
            }
        });
        // Plain ASCII series are confirmed by label positions; renamed, escaped, empty-valued and
        // non-ASCII ones by their key.
        assertThat(byOrder).containsExactlyInAnyOrder("plain", "plain", "bare");
    }
}
