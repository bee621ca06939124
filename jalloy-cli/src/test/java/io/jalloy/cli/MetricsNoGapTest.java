package io.jalloy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.cli.testing.CountingTarget;
import io.jalloy.cli.testing.JalloyProcess;
import io.jalloy.prometheus.testing.PromQlSeries;
import io.jalloy.prometheus.testing.PrometheusPeer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5, acceptance 4: with the receiving Prometheus down, {@code jalloy run} is killed with
 * SIGKILL and started again on the same storage path; once Prometheus is back (same port, same
 * data), it holds every scrape Jalloy made, in order. Only scrapes that would have fallen while no
 * Jalloy process was alive are absent, since nothing scraped then; the one scrape that may have
 * been answered but not yet written to the WAL when the kill landed is the only other allowance.
 */
class MetricsNoGapTest {
    private static final String CONFIG = """
            prometheus.scrape "seq" {
              targets         = [{"__address__" = "%TARGET%"}]
              forward_to      = [prometheus.remote_write.out.receiver]
              job_name        = "gap"
              scrape_interval = "1s"
              scrape_timeout  = "500ms"
            }

            prometheus.remote_write "out" {
              endpoint {
                url = "%URL%"
                queue_config {
                  batch_send_deadline = "100ms"
                  min_backoff         = "50ms"
                  max_backoff         = "500ms"
                }
              }
            }
            """;

    @TempDir
    Path dir;

    /**
     * {@code downBeforeKillMs}: how long the receiver is down before the kill. Shortly after it goes
     * down, the position saved on disk may still lag what Prometheus stored, so the restarted process
     * sends samples again that Prometheus already has (the split of refused batches is checked
     * deterministically by jalloy-prometheus's ReplayOverlapTest).
     */
    @ParameterizedTest(name = "receiver down {0} ms before the kill")
    @ValueSource(longs = {3_000, 150})
    void everyScrapeOfAnOutageSpanningAKill9ReachesPrometheusOnceItIsBack(long downBeforeKillMs) throws Exception {
        try (CountingTarget target = new CountingTarget(); PrometheusPeer prom = PrometheusPeer.start("")) {
            Path config = dir.resolve("config.alloy");
            Files.writeString(config, CONFIG.replace("%TARGET%", target.address())
                    .replace("%URL%", prom.remoteWriteUrl()));
            long servedBeforeKill;
            long servedAtRestart;
            try (JalloyProcess first = JalloyProcess.run(dir, dir, config, Map.of(), Map.of()).awaitReady()) {
                awaitStored(prom, 2, 20_000);
                prom.stop();
                Thread.sleep(downBeforeKillMs); // scrapes into the WAL while the receiver is down
                first.process().destroyForcibly().waitFor(); // SIGKILL
                servedBeforeKill = target.served();
            }
            Thread.sleep(1_500); // no Jalloy alive: these seconds are not scraped by anyone
            long servedWhileDead = target.served();
            assertThat(servedWhileDead).as("nothing scrapes while Jalloy is dead").isEqualTo(servedBeforeKill);
            try (JalloyProcess second = JalloyProcess.run(dir, dir, config, Map.of(), Map.of()).awaitReady()) {
                Thread.sleep(3_000); // the restarted process keeps scraping into the WAL; still no receiver
                servedAtRestart = target.served();
                prom.restart();
                long last = awaitStored(prom, servedAtRestart + 1, 20_000);
                List<PromQlSeries.Point> points = stored(prom);
                List<Long> values = points.stream().map(p -> (long) p.value()).toList();
                List<Long> expected = new ArrayList<>(LongStream.rangeClosed(values.getFirst(), last).boxed().toList());
                if (!values.contains(servedBeforeKill)) {
                    // The kill may land between the target answering and the WAL write.
                    expected.remove(servedBeforeKill);
                }
                assertThat(values).as("every scrape from the first stored one up to the newest, in order; "
                        + "killed after scrape %d, Prometheus back after scrape %d; Jalloy's log:\n%s",
                        servedBeforeKill, servedAtRestart, second.stderr()).isEqualTo(expected);
                assertThat(values).contains(servedBeforeKill - 1, servedBeforeKill + 1);
                // The only long hole in time is the restart: the sample after it is the new process's first.
                List<Long> gaps = new ArrayList<>();
                int longest = 0;
                for (int i = 1; i < points.size(); i++) {
                    gaps.add(points.get(i).timestampMs() - points.get(i - 1).timestampMs());
                    if (gaps.getLast() > gaps.get(longest)) {
                        longest = i - 1;
                    }
                }
                assertThat(values.get(longest + 1)).as("first scrape after the longest gap, gaps %s", gaps)
                        .isEqualTo(servedBeforeKill + 1);
                assertThat(gaps.stream().filter(g -> g > 2_500).count()).as("gaps %s", gaps).isEqualTo(1);
            }
        }
    }

    /** Waits until Prometheus holds scrape {@code atLeast}; returns the newest stored scrape number. */
    private static long awaitStored(PrometheusPeer prom, long atLeast, long timeoutMillis) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        long newest = 0;
        while (System.currentTimeMillis() < deadline) {
            for (PromQlSeries.Point p : stored(prom)) {
                newest = Math.max(newest, (long) p.value());
            }
            if (newest >= atLeast) {
                return newest;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Prometheus holds scrapes up to " + newest + ", not " + atLeast + ":\n" + prom.log());
    }

    private static List<PromQlSeries.Point> stored(PrometheusPeer prom) throws Exception {
        List<PromQlSeries> s = prom.series("gap_scrape_seq{job=\"gap\"}[5m]", System.currentTimeMillis());
        return s.isEmpty() ? List.of() : s.getFirst().points();
    }
}
