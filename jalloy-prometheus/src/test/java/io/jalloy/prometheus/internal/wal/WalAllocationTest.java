package io.jalloy.prometheus.internal.wal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.labels.Labels;
import io.jalloy.prometheus.api.Appender;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Appending known series by ref allocates nothing per sample once buffers are warm. */
class WalAllocationTest {
    @TempDir
    Path dir;

    private static long round(Wal wal, Labels[] series, long[] refs, long ts) {
        WalAppender app = new WalAppender(wal);
        for (int i = 0; i < series.length; i++) {
            refs[i] = app.append(refs[i], series[i], ts, i);
        }
        app.commit();
        return refs[0];
    }

    @Test
    void appendingByRefAllocatesNoObjectPerSample() throws Exception {
        var bean = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "needs allocation accounting");
        var mx = (com.sun.management.ThreadMXBean) bean;
        Labels[] series = new Labels[10_000];
        for (int i = 0; i < series.length; i++) {
            series[i] = Labels.of("__name__", "m", "i", String.valueOf(i));
        }
        long[] refs = new long[series.length];
        try (Wal wal = Wal.open(dir, Wal.DEFAULT_SEGMENT_SIZE, System.getLogger("alloc"))) {
            for (int r = 0; r < 5; r++) {
                round(wal, series, refs, r);
            }
            long tid = Thread.currentThread().threadId();
            long before = mx.getThreadAllocatedBytes(tid);
            int rounds = 20;
            for (int r = 0; r < rounds; r++) {
                round(wal, series, refs, 100 + r);
            }
            long perSample = (mx.getThreadAllocatedBytes(tid) - before) / ((long) rounds * series.length);
            assertThat(perSample).as("bytes allocated per sample").isLessThan(2);
        }
    }
}
