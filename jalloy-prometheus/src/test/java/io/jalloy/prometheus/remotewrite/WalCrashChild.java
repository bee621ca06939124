package io.jalloy.prometheus.remotewrite;

import io.jalloy.common.labels.Labels;
import io.jalloy.prometheus.api.Appender;
import io.jalloy.prometheus.internal.wal.Wal;
import io.jalloy.prometheus.internal.wal.WalAppender;
import java.nio.file.Path;

/**
 * Run in a child JVM by {@link WalCrashTest}: commits samples to a WAL, says so, then waits to be
 * killed with SIGKILL, so nothing is flushed or closed on the way out.
 */
public final class WalCrashChild {
    private WalCrashChild() {}

    public static void main(String[] args) throws Exception {
        Wal wal = Wal.open(Path.of(args[0]), Wal.DEFAULT_SEGMENT_SIZE, System.getLogger("child"));
        int n = Integer.parseInt(args[1]);
        long[] refs = {Appender.NO_REF, Appender.NO_REF};
        for (int i = 0; i < n; i++) {
            WalAppender app = new WalAppender(wal);
            refs[i % 2] = app.append(refs[i % 2],
                    Labels.of("__name__", "crash_metric", "i", i % 2 == 0 ? "even" : "odd"), 1000L + i, i);
            app.commit();
        }
        System.out.println("committed " + n);
        System.out.flush();
        Thread.sleep(60_000);
    }
}
