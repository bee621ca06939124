package io.jalloy.prometheus.remotewrite;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.labels.Labels;
import io.jalloy.prometheus.api.Appender;
import io.jalloy.prometheus.api.MetricsReceiver;
import io.jalloy.prometheus.testing.PromQlSeries;
import io.jalloy.prometheus.testing.PrometheusPeer;
import io.jalloy.runtime.componenttest.ComponentTestController;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * After a crash the WAL is sent again from the last saved position, which may lag what the
 * receiver already stored. Prometheus 2.42 rejects a whole request (HTTP 400) when one sample in it
 * is older than what it holds for that series; the new samples travelling in the same request must
 * still arrive.
 */
class ReplayOverlapTest {
    private static final Labels SERIES = Labels.of("__name__", "replay_overlap", "job", "t");
    private static final Labels OTHER = Labels.of("__name__", "replay_other", "job", "t");

    private static String endpoint(PrometheusPeer prom) {
        return "endpoint {\n url = \"" + prom.remoteWriteUrl() + "\"\n queue_config {\n batch_send_deadline = \"200ms\"\n"
                + " min_backoff = \"10ms\"\n}\n}\n";
    }

    @Test
    void newSamplesArriveAlthoughTheirBatchRepeatsSamplesPrometheusAlreadyHas() throws Exception {
        long t0 = System.currentTimeMillis() - 60_000;
        try (PrometheusPeer prom = PrometheusPeer.start("")) {
            try (var first = ComponentTestController.forName("prometheus.remote_write", Arguments.class, Exports.class)) {
                first.start(endpoint(prom));
                append(first.waitExports(Duration.ofSeconds(5)).receiver(), t0, 0, 3, false);
                awaitCount(prom, "replay_overlap", 3);
            }
            try (var replay = ComponentTestController.forName("prometheus.remote_write", Arguments.class, Exports.class)) {
                replay.start(endpoint(prom));
                // What a restarted process would send: the three stored samples again, then new ones.
                append(replay.waitExports(Duration.ofSeconds(5)).receiver(), t0, 0, 10, true);
                List<PromQlSeries.Point> got = awaitCount(prom, "replay_overlap", 10);
                assertThat(got).extracting(PromQlSeries.Point::value)
                        .containsExactly(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0);
                assertThat(got).extracting(PromQlSeries.Point::timestampMs)
                        .containsExactly(java.util.stream.LongStream.range(0, 10).map(i -> t0 + i * 1000).boxed()
                                .toArray(Long[]::new));
                assertThat(awaitCount(prom, "replay_other", 10)).hasSize(10);
            }
        }
    }

    private static void append(MetricsReceiver r, long t0, int from, int to, boolean withOther) {
        Appender a = r.appender();
        long ref = Appender.NO_REF;
        long other = Appender.NO_REF;
        for (int i = from; i < to; i++) {
            ref = a.append(ref, SERIES, t0 + i * 1000L, i);
            if (withOther) {
                other = a.append(other, OTHER, t0 + i * 1000L, -i);
            }
        }
        a.commit();
    }

    private static List<PromQlSeries.Point> awaitCount(PrometheusPeer prom, String name, int n) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        List<PromQlSeries.Point> points = List.of();
        while (System.currentTimeMillis() < deadline) {
            List<PromQlSeries> s = prom.series(name + "[5m]", System.currentTimeMillis());
            points = s.isEmpty() ? List.of() : s.getFirst().points();
            if (points.size() >= n) {
                return points;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Prometheus holds " + points.size() + " samples of " + name + ", not " + n
                + "\n" + prom.log().lines().filter(l -> l.contains("rror")).limit(5).toList());
    }
}
