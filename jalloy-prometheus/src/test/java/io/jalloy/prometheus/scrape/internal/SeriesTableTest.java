package io.jalloy.prometheus.scrape.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.labels.Labels;
import io.jalloy.prometheus.api.Appender;
import io.jalloy.prometheus.internal.exposition.Exemplar;
import io.jalloy.prometheus.internal.exposition.ExpositionSink;
import io.jalloy.prometheus.internal.exposition.PromTextParser;
import io.jalloy.prometheus.internal.exposition.Series;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/** The primitive series table: growth, hash collisions, removal by sweep and reuse of handles. */
class SeriesTableTest {

    private static byte[] body(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append("m{i=\"").append(i).append("\"} 1\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void each(byte[] body, BiConsumer<Integer, Series> action) {
        int[] n = {0};
        new PromTextParser().parse(body, 0, body.length, new ExpositionSink() {
            @Override
            public void sample(Series series, double value, long timestampMs, Exemplar exemplar) {
                action.accept(n[0]++, series);
            }
        });
    }

    private static Labels labelsOf(Series s) {
        return Labels.of("__name__", s.name(), "i", s.labels().value(0));
    }

    @Test
    void growsPastItsInitialSizeAndFindsEverySeriesAgain() {
        SeriesTable t = new SeriesTable(2);
        byte[] b = body(0, 5000);
        List<Integer> handles = new ArrayList<>();
        each(b, (i, s) -> {
            int h = t.add(s.hash(), s, labelsOf(s));
            t.ref(h, 0, 100 + i);
            t.ref(h, 1, 200 + i);
            handles.add(h);
        });
        assertThat(t.size()).isEqualTo(5000);
        assertThat(new HashSet<>(handles)).hasSize(5000);
        each(b, (i, s) -> {
            int h = t.find(s.hash(), s);
            assertThat(h).isEqualTo(handles.get(i));
            assertThat(t.ref(h, 0)).isEqualTo(100 + i);
            assertThat(t.ref(h, 1)).isEqualTo(200 + i);
            assertThat(t.labels(h).get("i")).isEqualTo(Integer.toString(i));
        });
    }

    @Test
    void seriesSharingOneHashStayDistinct() {
        SeriesTable t = new SeriesTable(1);
        byte[] b = body(0, 300);
        List<Integer> handles = new ArrayList<>();
        each(b, (i, s) -> handles.add(t.add(42L, s, labelsOf(s))));
        each(b, (i, s) -> assertThat(t.find(42L, s)).isEqualTo(handles.get(i)));
        each(body(300, 310), (i, s) -> assertThat(t.find(42L, s)).isEqualTo(SeriesTable.NONE));
    }

    @Test
    void sweepReportsCommittedSeriesNotSeenRemovesThemAndReusesTheirHandles() {
        SeriesTable t = new SeriesTable(1);
        byte[] b = body(0, 1000);
        each(b, (i, s) -> t.seen(t.add(s.hash(), s, labelsOf(s)), 1));
        t.sweep(1, h -> { throw new AssertionError("nothing is absent"); });
        // Epoch 2 delivers only the even series; one new series arrives uncommitted and is not seen either.
        each(b, (i, s) -> {
            if (i % 2 == 0) {
                t.seen(t.find(s.hash(), s), 2);
            }
        });
        each(body(5000, 5001), (i, s) -> t.add(s.hash(), s, labelsOf(s)));
        List<String> gone = new ArrayList<>();
        t.sweep(2, h -> gone.add(t.labels(h).get("i")));
        assertThat(gone).hasSize(500).allMatch(v -> Integer.parseInt(v) % 2 == 1);
        assertThat(t.size()).isEqualTo(500);
        each(b, (i, s) -> assertThat(t.find(s.hash(), s) != SeriesTable.NONE).isEqualTo(i % 2 == 0));
        // New series take the freed handles instead of growing the arrays.
        List<Integer> reused = new ArrayList<>();
        each(body(2000, 2400), (i, s) -> {
            int h = t.add(s.hash(), s, labelsOf(s));
            assertThat(t.ref(h, 0)).isEqualTo(Appender.NO_REF);
            assertThat(t.committed(h)).isFalse();
            reused.add(h);
        });
        assertThat(reused).allMatch(h -> h < 1001);
        assertThat(t.size()).isEqualTo(900);
        each(body(2000, 2400), (i, s) -> assertThat(t.find(s.hash(), s)).isEqualTo(reused.get(i)));
    }

    @Test
    void clearReportsOnlyCommittedSeriesAndForgetsAll() {
        SeriesTable t = new SeriesTable(1);
        byte[] b = body(0, 100);
        each(b, (i, s) -> t.seen(t.add(s.hash(), s, labelsOf(s)), i < 60 ? 1 : 0));
        t.sweep(1, h -> { });
        each(body(100, 110), (i, s) -> t.add(s.hash(), s, labelsOf(s)));
        int[] gone = {0};
        t.clear(h -> gone[0]++);
        assertThat(gone[0]).isEqualTo(60);
        assertThat(t.size()).isZero();
        each(b, (i, s) -> assertThat(t.find(s.hash(), s)).isEqualTo(SeriesTable.NONE));
    }

    @Test
    void explicitTimestampFlagIsKeptPerSeries() {
        SeriesTable t = new SeriesTable(1);
        List<Integer> handles = new ArrayList<>();
        each(body(0, 3), (i, s) -> handles.add(t.add(s.hash(), s, labelsOf(s))));
        t.explicitTimestamp(handles.get(1), true);
        assertThat(t.explicitTimestamp(handles.get(0))).isFalse();
        assertThat(t.explicitTimestamp(handles.get(1))).isTrue();
        t.explicitTimestamp(handles.get(1), false);
        assertThat(t.explicitTimestamp(handles.get(1))).isFalse();
    }
}
