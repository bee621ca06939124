package io.jalloy.prometheus.internal.wal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.labels.Labels;
import io.jalloy.prometheus.api.Appender;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The WAL's primitive labels-to-ref table: growth, equal hashes, removal, and series dumped on a roll. */
class SeriesIndexTest {
    private static final System.Logger LOG = System.getLogger("SeriesIndexTest");

    @TempDir
    Path dir;

    /** Label values whose strings all share one hash code ("Aa" and "BB" collide), so the label sets do too. */
    private static List<Labels> colliding(int bits) {
        List<Labels> out = new ArrayList<>();
        for (int i = 0; i < (1 << bits); i++) {
            StringBuilder v = new StringBuilder();
            for (int b = 0; b < bits; b++) {
                v.append((i >> b & 1) == 0 ? "Aa" : "BB");
            }
            out.add(Labels.of("__name__", "m", "v", v.toString()));
        }
        return out;
    }

    @Test
    void labelSetsWithOneHashGetDistinctSeries() throws Exception {
        List<Labels> sets = colliding(8);
        assertThat(sets.stream().map(Labels::hashCode).distinct()).hasSize(1);
        try (Wal wal = Wal.open(dir, Wal.DEFAULT_SEGMENT_SIZE, LOG)) {
            Set<Long> refs = new HashSet<>();
            for (Labels l : sets) {
                refs.add(wal.series(l).ref());
            }
            assertThat(refs).hasSize(sets.size());
            for (Labels l : sets) {
                assertThat(wal.series(l).labels()).isEqualTo(l);
            }
            assertThat(wal.seriesCount()).isEqualTo(sets.size());
        }
    }

    @Test
    void growsAndKeepsEveryRefAcrossResizes() throws Exception {
        try (Wal wal = Wal.open(dir, Wal.DEFAULT_SEGMENT_SIZE, LOG)) {
            List<Long> refs = new ArrayList<>();
            for (int i = 0; i < 20_000; i++) {
                refs.add(wal.series(Labels.of("__name__", "m", "i", Integer.toString(i))).ref());
            }
            for (int i = 0; i < 20_000; i++) {
                assertThat(wal.series(Labels.of("__name__", "m", "i", Integer.toString(i))).ref()).isEqualTo(refs.get(i));
            }
            assertThat(wal.seriesCount()).isEqualTo(20_000);
        }
    }

    @Test
    void collectedSeriesAreForgottenWhileTheirHashNeighboursStayFound() throws Exception {
        List<Labels> sets = colliding(6);
        try (Wal wal = Wal.open(dir, Wal.DEFAULT_SEGMENT_SIZE, LOG)) {
            WalAppender app = new WalAppender(wal);
            List<Long> refs = new ArrayList<>();
            for (int i = 0; i < sets.size(); i++) {
                refs.add(app.append(Appender.NO_REF, sets.get(i), i % 2 == 0 ? 1000 : 5000, 1));
            }
            app.commit();
            assertThat(wal.collectSeries(2000)).isEqualTo(sets.size() / 2);
            assertThat(wal.seriesCount()).isEqualTo(sets.size() / 2);
            for (int i = 0; i < sets.size(); i++) {
                if (i % 2 == 1) {
                    assertThat(wal.series(sets.get(i)).ref()).isEqualTo(refs.get(i));
                } else {
                    assertThat(wal.byRef(refs.get(i))).isNull();
                }
            }
            // A collected label set comes back as a new series.
            assertThat(wal.series(sets.get(0)).ref()).isGreaterThan(refs.getLast());
            // Many removals and re-adds reuse the table without losing anyone.
            for (int round = 0; round < 50; round++) {
                WalAppender a = new WalAppender(wal);
                for (int i = 0; i < 100; i++) {
                    a.append(Appender.NO_REF, Labels.of("__name__", "churn", "r", Integer.toString(round), "i",
                            Integer.toString(i)), 100, 1);
                }
                a.commit();
                wal.collectSeries(200);
            }
            for (int i = 1; i < sets.size(); i += 2) {
                assertThat(wal.series(sets.get(i)).ref()).isEqualTo(refs.get(i));
            }
        }
    }

    @Test
    void aRollDumpsManySeriesInBoundedRecordsAndReplayRestoresThem() throws Exception {
        int n = 5_000; // far more than one 48 KiB chunk of series records
        List<Long> refs = new ArrayList<>();
        try (Wal wal = Wal.open(dir, 64 * 1024, LOG)) {
            for (int round = 0; round < 3; round++) {
                WalAppender app = new WalAppender(wal);
                for (int i = 0; i < n; i++) {
                    long ref = app.append(round == 0 ? Appender.NO_REF : refs.get(i),
                            Labels.of("__name__", "m", "i", Integer.toString(i)), 1000L * (round + 1), i);
                    if (round == 0) {
                        refs.add(ref);
                    }
                }
                app.commit();
            }
            assertThat(wal.currentSegment()).isGreaterThan(1);
        }
        try (Wal wal = Wal.open(dir, 64 * 1024, LOG)) {
            assertThat(wal.seriesCount()).isEqualTo(n);
            for (int i = 0; i < n; i++) {
                assertThat(wal.series(Labels.of("__name__", "m", "i", Integer.toString(i))).ref()).isEqualTo(refs.get(i));
            }
        }
    }
}
