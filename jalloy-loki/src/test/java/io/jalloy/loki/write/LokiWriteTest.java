package io.jalloy.loki.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.labels.Labels;
import io.jalloy.loki.api.LogEntry;
import io.jalloy.loki.testing.FakeLoki;
import io.jalloy.runtime.componenttest.ComponentTestController;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class LokiWriteTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final Sleeper recording = sleeps::add;

    private ComponentTestController<Arguments, Exports> controller() {
        return ComponentTestController.of(new WriteProvider(recording, Duration.ofMinutes(1)));
    }

    private static List<LogEntry> entries(int from, int count) {
        List<LogEntry> out = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            out.add(LogEntry.of(Labels.of("job", "test", "n", String.valueOf(i % 3)), 1_000L * i, "line " + i));
        }
        return out;
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + WAIT);
            }
            Thread.sleep(10);
        }
    }

    /** The sum of a counter's series in the component's registry. */
    private static double counter(ComponentTestController<Arguments, Exports> c, String name) {
        double sum = 0;
        for (var snapshot : c.metrics().scrape()) {
            if (snapshot.getMetadata().getName().equals(name)
                    && snapshot instanceof io.prometheus.metrics.model.snapshots.CounterSnapshot counter) {
                for (var point : counter.getDataPoints()) {
                    sum += point.getValue();
                }
            }
        }
        return sum;
    }

    private static String endpoint(FakeLoki loki, String extra) {
        String wait = extra.contains("batch_wait") ? "" : " batch_wait = \"50ms\"\n";
        return "endpoint {\n url = \"" + loki.url() + "\"\n" + wait + extra + "}\n";
    }

    @Test
    void retriesOn429And500WithBackoffThenDeliversEveryEntryOnce() throws Exception {
        try (FakeLoki loki = new FakeLoki(429, 500, 503);
                var c = controller()) {
            c.start(endpoint(loki, "min_backoff_period = \"100ms\"\n max_backoff_period = \"1s\"\n"));
            c.waitExports(WAIT).receiver().send(entries(0, 30));
            await(() -> loki.accepted().size() >= 30);
            assertThat(loki.accepted()).extracting(FakeLoki.Received::line)
                    .containsExactlyInAnyOrderElementsOf(entries(0, 30).stream().map(LogEntry::line).toList());
            assertThat(loki.requests()).isEqualTo(4);
            assertThat(sleeps).hasSize(3);
            assertThat(sleeps.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
            assertThat(sleeps.get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
            assertThat(sleeps.get(2)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
            FakeLoki.Received r = loki.accepted().get(0);
            assertThat(r.contentType()).isEqualTo("application/x-protobuf");
            assertThat(r.userAgent()).startsWith("Jalloy/");
            assertThat(counter(c, "loki_write_batch_retries")).isEqualTo(3);
            await(() -> counter(c, "loki_write_sent_entries") == 30);
        }
    }

    @Test
    void clientErrorsOtherThan429AreDroppedWithoutRetry() throws Exception {
        try (FakeLoki loki = new FakeLoki(400);
                var c = controller()) {
            c.start(endpoint(loki, ""));
            var receiver = c.waitExports(WAIT).receiver();
            receiver.send(entries(0, 5));
            await(() -> loki.requests() == 1);
            Thread.sleep(200);
            receiver.send(entries(5, 2));
            await(() -> loki.accepted().size() == 2);
            assertThat(loki.accepted()).extracting(FakeLoki.Received::line).containsExactlyInAnyOrder("line 5", "line 6");
            assertThat(sleeps).isEmpty();
        }
    }

    @Test
    void givesUpAfterMaxBackoffRetries() throws Exception {
        try (FakeLoki loki = new FakeLoki(500, 500, 500, 500);
                var c = controller()) {
            c.start(endpoint(loki, "max_backoff_retries = 3\n"));
            c.waitExports(WAIT).receiver().send(entries(0, 4));
            await(() -> loki.requests() == 3);
            Thread.sleep(200);
            assertThat(loki.requests()).isEqualTo(3);
            assertThat(loki.accepted()).isEmpty();
            assertThat(sleeps).hasSize(2);
        }
    }

    @Test
    void everyEndpointGetsEveryEntryIndependently() throws Exception {
        try (FakeLoki healthy = new FakeLoki();
                FakeLoki flaky = new FakeLoki(500, 500);
                var c = controller()) {
            c.start(endpoint(healthy, "tenant_id = \"t1\"\n") + endpoint(flaky, ""));
            c.waitExports(WAIT).receiver().send(entries(0, 20));
            await(() -> healthy.accepted().size() == 20 && flaky.accepted().size() == 20);
            assertThat(healthy.accepted()).allMatch(r -> r.tenant().equals("t1"));
            assertThat(flaky.accepted()).allMatch(r -> r.tenant().isEmpty());
        }
    }

    @Test
    void batchesAreCutOnSizeAndStreamsCarryExternalLabels() throws Exception {
        try (FakeLoki loki = new FakeLoki();
                var c = controller()) {
            c.start("external_labels = { cluster = \"c1\" }\n"
                    + endpoint(loki, "batch_size = \"100B\"\n batch_wait = \"300ms\"\n"));
            c.waitExports(WAIT).receiver().send(entries(0, 30));
            await(() -> loki.accepted().size() == 30);
            assertThat(loki.requests()).isGreaterThan(2);
            assertThat(loki.accepted()).allMatch(r -> r.labels().startsWith("{cluster=\"c1\", job=\"test\""));
        }
    }

    @Test
    void entriesOfAStreamArriveInTimestampOrder() throws Exception {
        try (FakeLoki loki = new FakeLoki();
                var c = controller()) {
            c.start(endpoint(loki, ""));
            Labels l = Labels.of("job", "order");
            c.waitExports(WAIT).receiver().send(List.of(LogEntry.of(l, 30, "c"), LogEntry.of(l, 10, "a"),
                    LogEntry.of(l, 20, "b")));
            await(() -> loki.accepted().size() == 3);
            assertThat(loki.accepted()).extracting(FakeLoki.Received::line).containsExactly("a", "b", "c");
        }
    }
}
