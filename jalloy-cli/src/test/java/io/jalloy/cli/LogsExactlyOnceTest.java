package io.jalloy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.cli.testing.EchoCounts;
import io.jalloy.cli.testing.FaultProxy;
import io.jalloy.cli.testing.JalloyProcess;
import io.jalloy.cli.testing.RotatingLogWriter;
import io.jalloy.loki.positions.PositionKey;
import io.jalloy.loki.positions.PositionsFile;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4, acceptance 4, across processes: Jalloy A tails a log file an application writes and
 * rotates (rename and create, copy and truncate) and pushes it with a WAL-backed {@code loki.write}
 * through a fault-injecting proxy to Jalloy B's {@code loki.source.api}, which logs every entry
 * with {@code loki.echo}. Every numbered line must arrive exactly once: in a plain run, when A is
 * killed with SIGKILL while the application writes and started again, when the receiver's side
 * answers 429 and 500 for a while, and when B is stopped and started again on the same port (with
 * A killed during the outage too).
 *
 * <p>The kills and B's stop happen while no push is between the proxy and B and the last answer is
 * 50 ms old (see {@link FaultProxy#whileIdle}): a push the receiver took whose answer the sender
 * never read is resent by any HTTP client, so this test counts A's own bookkeeping (file positions,
 * WAL, WAL checkpoint) and not that window. Copy-and-truncate waits until A has read the whole
 * file, because lines written and not read before the truncation survive only in the copy, which
 * no tailer of the original path reads.
 */
class LogsExactlyOnceTest {
    private static final Duration ARRIVAL = Duration.ofSeconds(20);
    private static final Duration QUIET = Duration.ofMillis(50);

    private static final String SENDER = """
            local.file_match "app" {
              path_targets = [{"__path__" = "%s", "job" = "e2e"}]
              sync_period  = "1s"
            }

            loki.source.file "app" {
              targets    = local.file_match.app.targets
              forward_to = [loki.write.b.receiver]

              file_watch {
                min_poll_frequency = "50ms"
                max_poll_frequency = "250ms"
              }
            }

            loki.write "b" {
              endpoint {
                url                 = "%s/loki/api/v1/push"
                batch_wait          = "200ms"
                min_backoff_period  = "100ms"
                max_backoff_period  = "1s"
                max_backoff_retries = 30
              }

              wal {
                enabled            = true
                min_read_frequency = "50ms"
                max_read_frequency = "250ms"
              }
            }
            """;

    private static final String RECEIVER = """
            loki.source.api "in" {
              http {
                listen_address = "127.0.0.1"
                listen_port    = %d
              }
              forward_to = [loki.echo.out.receiver]
            }

            loki.echo "out" { }
            """;

    @TempDir
    Path dir;

    private Path senderScratch;
    private Path senderConfig;
    private Path receiverScratch;
    private Path receiverConfig;
    private Path logFile;
    private JalloyProcess sender;
    private JalloyProcess receiver;
    private final EchoCounts echo = new EchoCounts();
    private int expected; // lines written when the current check began
    private final StringBuilder timeline = new StringBuilder(); // for failure messages
    private long started;
    private RotatingLogWriter app;
    private FaultProxy proxy;

    @Test
    void everyLineArrivesExactlyOnceThroughRotationsSigkillsRejectionsAndAReceiverOutage() throws Exception {
        int apiPort = freePort();
        senderScratch = Files.createDirectories(dir.resolve("a"));
        receiverScratch = Files.createDirectories(dir.resolve("b"));
        logFile = Files.createDirectories(dir.resolve("logs")).resolve("app.log").toAbsolutePath();
        receiverConfig = Files.writeString(dir.resolve("b.alloy"), RECEIVER.formatted(apiPort));
        started = System.nanoTime();
        try (FaultProxy proxy = new FaultProxy("http://127.0.0.1:" + apiPort);
                RotatingLogWriter app = new RotatingLogWriter(logFile, 10, Duration.ofMillis(10))) {
            this.app = app;
            this.proxy = proxy;
            senderConfig = Files.writeString(dir.resolve("a.alloy"), SENDER.formatted(logFile, proxy.url()));
            startReceiver();
            sender = JalloyProcess.run(dir, senderScratch, senderConfig, Map.of(), Map.of());
            receiver.awaitReady();
            sender.awaitReady();

            // (a) a plain run, rotated both ways
            Thread.sleep(1200);
            app.rotateByRename();
            Thread.sleep(1200);
            copyTruncateOnceRead(app);
            Thread.sleep(800);
            assertExactlyOnce(app, "plain run with both rotations");

            // (b) SIGKILL while the application writes, three times
            for (int i = 0; i < 3; i++) {
                Thread.sleep(ThreadLocalRandom.current().nextLong(300, 900));
                proxy.whileIdle(QUIET, this::killSender);
                Thread.sleep(300);
                startSender();
            }
            Thread.sleep(600);
            assertExactlyOnce(app, "sender killed and restarted");

            // (c) the receiver's side rejects: 429, then 500; a rename in between
            proxy.mode(FaultProxy.Mode.REJECT_429);
            Thread.sleep(1500);
            app.rotateByRename();
            Thread.sleep(500);
            proxy.mode(FaultProxy.Mode.REJECT_500);
            Thread.sleep(1500);
            proxy.mode(FaultProxy.Mode.FORWARD);
            assertThat(proxy.rejected()).as("pushes rejected").isGreaterThan(3);
            assertExactlyOnce(app, "receiver answering 429 and 500");

            // (d) the receiver down; the sender killed and restarted meanwhile; copytruncate
            proxy.whileIdle(QUIET, receiver::close);
            Thread.sleep(1000);
            proxy.whileIdle(QUIET, this::killSender);
            startSender();
            copyTruncateOnceRead(app);
            Thread.sleep(800);
            assertThat(proxy.failedUpstream()).as("pushes that found the receiver down").isGreaterThan(0);
            startReceiver();
            receiver.awaitReady();
            assertExactlyOnce(app, "receiver down, sender killed meanwhile");

            app.pause();
            assertThat(echo.beyond(app.written())).as("entries never written").isZero();
        } finally {
            if (sender != null) {
                sender.close();
            }
            if (receiver != null) {
                receiver.close();
            }
        }
    }

    private void startReceiver() throws IOException {
        receiver = JalloyProcess.run(dir, receiverScratch, receiverConfig, Map.of(), Map.of());
        echo.follow(receiver.stderrFile());
    }

    private void startSender() throws Exception {
        note("start sender");
        sender = JalloyProcess.run(dir, senderScratch, senderConfig, Map.of(), Map.of()).awaitReady();
    }

    private void note(String event) {
        timeline.append(String.format("%6d ms %s written=%d forwarded=%d notForwarded=%d%n",
                (System.nanoTime() - started) / 1_000_000, event, app.written(), proxy.forwarded(), proxy.dropped()));
    }

    private void killSender() throws InterruptedException {
        note("SIGKILL sender");
        Process p = sender.process();
        p.destroyForcibly(); // SIGKILL
        p.waitFor();
    }

    /**
     * Copy and truncate once A has read (and recorded) the whole file; then the writer stays
     * paused past A's longest poll interval, so that A sees the file shrink before it grows again.
     */
    private void copyTruncateOnceRead(RotatingLogWriter app) throws Exception {
        app.pause();
        try {
            long size = app.size();
            await(() -> recordedPosition() == size, "A to read all " + size + " bytes of " + logFile);
            app.copyTruncate();
            Thread.sleep(700);
        } finally {
            app.resume();
        }
    }

    private long recordedPosition() {
        try (Stream<Path> files = Files.walk(senderScratch.resolve("data"))) {
            Path positions = files.filter(p -> p.getFileName().toString().equals("positions.yml")).findFirst().orElse(null);
            if (positions == null) {
                return -1;
            }
            for (Map.Entry<PositionKey, String> e : PositionsFile.read(positions).entrySet()) {
                if (e.getKey().path().equals(logFile.toString())) {
                    return Long.parseLong(e.getValue());
                }
            }
            return -1;
        } catch (IOException | RuntimeException e) {
            return -1; // being replaced right now
        }
    }

    private void assertExactlyOnce(RotatingLogWriter app, String phase) throws Exception {
        app.pause();
        try {
            int total = app.written();
            expected = total;
            await(() -> {
                try {
                    echo.refresh();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                return echo.distinct(total) == total;
            }, phase + ": all " + total + " lines to arrive");
            Thread.sleep(300); // room for a late duplicate
            echo.refresh();
            assertThat(echo.missing(total, 20)).as(phase + ": lines missing").isEmpty();
            assertThat(echo.duplicates(20)).as(phase + ": lines delivered more than once: " + echo.duplicateRuns()
                    + "\n" + timeline).isEmpty();
            note("checked: " + phase);
        } finally {
            app.resume();
        }
    }

    private void await(BooleanSupplier condition, String what) throws Exception {
        long deadline = System.nanoTime() + ARRIVAL.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "\n--- sender's log ---\n"
                        + tail(sender.stderr()) + "\n--- missing: " + echo.missing(expected, 10));
            }
            Thread.sleep(50);
        }
    }

    private static String tail(String s) {
        return s.length() <= 4000 ? s : s.substring(s.length() - 4000);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
