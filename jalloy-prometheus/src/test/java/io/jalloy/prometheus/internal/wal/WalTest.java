package io.jalloy.prometheus.internal.wal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.labels.Labels;
import io.jalloy.prometheus.api.Appender;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalTest {
    private static final System.Logger LOG = System.getLogger("WalTest");

    @TempDir
    Path dir;

    private record Sample(long ref, long ts, double v) {}

    private static List<Sample> samples(Wal wal, Positions.Position from) throws Exception {
        List<Sample> out = new ArrayList<>();
        try (WalTailer t = new WalTailer(wal, from)) {
            while (t.poll((r, type, replay, seg, off) -> {
                if (type == RecordType.SAMPLES && !replay) {
                    while (r.hasMore()) {
                        out.add(new Sample(r.varint(), r.fixed64(), r.getDouble()));
                    }
                }
            }, 10) > 0) {
                // keep reading until nothing is left
            }
        }
        return out;
    }

    @Test
    void appendersReturnStableRefsAndReplayKeepsThem() throws Exception {
        Labels a = Labels.of("__name__", "a");
        long ref;
        try (Wal wal = Wal.open(dir, Wal.DEFAULT_SEGMENT_SIZE, LOG)) {
            WalAppender app = new WalAppender(wal);
            ref = app.append(Appender.NO_REF, a, 1000, 1);
            assertThat(app.append(ref, a, 2000, 2)).isEqualTo(ref);
            app.commit();
        }
        try (Wal wal = Wal.open(dir, Wal.DEFAULT_SEGMENT_SIZE, LOG)) {
            assertThat(wal.series(a).ref()).isEqualTo(ref);
            assertThat(wal.currentSegment()).isEqualTo(2);
            assertThat(samples(wal, null)).containsExactly(new Sample(ref, 1000, 1), new Sample(ref, 2000, 2));
            WalAppender app = new WalAppender(wal);
            assertThat(app.append(Appender.NO_REF, Labels.of("__name__", "b"), 3000, 3)).isEqualTo(ref + 1);
            app.commit();
        }
    }

    @Test
    void aTornTailIsCutOffAtReplay() throws Exception {
        Labels a = Labels.of("__name__", "a");
        try (Wal wal = Wal.open(dir, Wal.DEFAULT_SEGMENT_SIZE, LOG)) {
            for (int i = 0; i < 3; i++) {
                WalAppender app = new WalAppender(wal);
                app.append(Appender.NO_REF, a, 1000L * i, i);
                app.commit();
            }
        }
        Path seg = Segments.file(dir, 1);
        long size = Files.size(seg);
        try (FileChannel ch = FileChannel.open(seg, StandardOpenOption.WRITE)) {
            ch.truncate(size - 5); // the last samples record loses its tail
        }
        try (Wal wal = Wal.open(dir, Wal.DEFAULT_SEGMENT_SIZE, LOG)) {
            assertThat(Files.size(seg)).isLessThan(size - 5);
            List<Sample> got = samples(wal, null);
            assertThat(got).extracting(Sample::ts).containsExactly(0L, 1000L);
            WalAppender app = new WalAppender(wal);
            app.append(Appender.NO_REF, a, 5000, 5);
            app.commit();
            assertThat(samples(wal, null)).extracting(Sample::ts).containsExactly(0L, 1000L, 5000L);
        }
    }

    @Test
    void segmentsRollStartWithLiveSeriesAndTruncate() throws Exception {
        try (Wal wal = Wal.open(dir, 200, LOG)) {
            long ref = 0;
            for (int i = 0; i < 20; i++) {
                WalAppender app = new WalAppender(wal);
                ref = app.append(ref, Labels.of("__name__", "a"), i, i);
                app.commit();
            }
            assertThat(Segments.list(dir).size()).isGreaterThan(2);
            long last = wal.currentSegment();
            wal.truncateBefore(last, null);
            assertThat(Segments.list(dir)).containsExactly(last);
            // The remaining segment names the series again, so a reader starting there resolves it.
            List<Long> seriesRefs = new ArrayList<>();
            try (WalTailer t = new WalTailer(wal, null)) {
                t.poll((r, type, replay, seg, off) -> {
                    if (type == RecordType.SERIES) {
                        seriesRefs.add(r.varint());
                    }
                }, 10);
            }
            assertThat(seriesRefs).contains(ref);
        }
    }

    @Test
    void idleSeriesAreCollectedAndForgottenAfterReplay() throws Exception {
        try (Wal wal = Wal.open(dir, Wal.DEFAULT_SEGMENT_SIZE, LOG)) {
            WalAppender app = new WalAppender(wal);
            app.append(0, Labels.of("__name__", "old"), 1000, 1);
            app.append(0, Labels.of("__name__", "new"), 9000, 1);
            app.commit();
            assertThat(wal.collectSeries(5000)).isEqualTo(1);
            assertThat(wal.seriesCount()).isEqualTo(1);
        }
        try (Wal wal = Wal.open(dir, Wal.DEFAULT_SEGMENT_SIZE, LOG)) {
            assertThat(wal.seriesCount()).isEqualTo(1);
        }
    }

    @Test
    void positionsSurviveARewrite() throws Exception {
        Positions p = new Positions(dir.resolve("positions"));
        p.put("a", new Positions.Position(3, 128));
        p.save();
        assertThat(new Positions(dir.resolve("positions")).get("a")).isEqualTo(new Positions.Position(3, 128));
    }

    @Test
    void aSeriesRecordPrecedesSamplesEvenWhenAnotherAppenderCommitsFirst() throws Exception {
        Labels a = Labels.of("__name__", "shared");
        try (Wal wal = Wal.open(dir, Wal.DEFAULT_SEGMENT_SIZE, LOG)) {
            WalAppender creator = new WalAppender(wal);
            long ref = creator.append(Appender.NO_REF, a, 1000, 1);
            WalAppender other = new WalAppender(wal);
            assertThat(other.append(Appender.NO_REF, a, 2000, 2)).isEqualTo(ref);
            other.commit();
            creator.commit();
            List<String> order = new ArrayList<>();
            try (WalTailer t = new WalTailer(wal, null)) {
                t.poll((r, type, replay, seg, off) -> order.add(type == RecordType.SERIES ? "series" : "samples"), 10);
            }
            assertThat(order).containsExactly("series", "samples", "samples");
        }
    }
}
