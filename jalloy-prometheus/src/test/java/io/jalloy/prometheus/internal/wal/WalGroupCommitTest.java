package io.jalloy.prometheus.internal.wal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.labels.Labels;
import io.jalloy.prometheus.api.Appender;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many virtual threads committing at once: every batch lands whole, after its series record, and readers wake. */
class WalGroupCommitTest {
    private static final System.Logger LOG = System.getLogger("WalGroupCommitTest");

    @TempDir
    Path dir;

    @Test
    void concurrentCommitsAllLandWithTheirSeriesFirstAndWakeAWaitingReader() throws Exception {
        int threads = 200, commits = 20;
        try (Wal wal = Wal.open(dir, Wal.DEFAULT_SEGMENT_SIZE, LOG)) {
            AtomicLong woken = new AtomicLong();
            Thread reader = Thread.ofVirtual().start(() -> {
                try {
                    long v = wal.awaitChange(wal.version(), 10_000);
                    woken.set(v);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            List<Thread> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Labels labels = Labels.of("__name__", "m", "t", Integer.toString(t));
                writers.add(Thread.ofVirtual().start(() -> {
                    long ref = Appender.NO_REF;
                    for (int c = 0; c < commits; c++) {
                        WalAppender app = new WalAppender(wal);
                        ref = app.append(ref, labels, c, c);
                        app.commit();
                    }
                }));
            }
            for (Thread w : writers) {
                w.join();
            }
            reader.join();
            assertThat(woken.get()).isPositive();

            Map<Long, Integer> next = new HashMap<>(); // per series ref: next expected timestamp
            try (WalTailer tailer = new WalTailer(wal, null)) {
                while (tailer.poll((r, type, replay, seg, off) -> {
                    if (type == RecordType.SERIES) {
                        while (r.hasMore()) {
                            long ref = r.varint();
                            r.labels();
                            assertThat(next.putIfAbsent(ref, 0)).as("series %d logged once", ref).isNull();
                        }
                    } else if (type == RecordType.SAMPLES) {
                        while (r.hasMore()) {
                            long ref = r.varint();
                            long ts = r.fixed64();
                            r.getDouble();
                            assertThat(next).as("series record precedes samples of %d", ref).containsKey(ref);
                            assertThat(ts).isEqualTo(next.get(ref).longValue());
                            next.put(ref, (int) ts + 1);
                        }
                    }
                }, 10) > 0) {
                    // read to the end
                }
            }
            assertThat(next).hasSize(threads).allSatisfy((ref, n) -> assertThat(n).isEqualTo(commits));
        }
    }
}
