package io.jalloy.loki.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jalloy.common.labels.Labels;
import io.jalloy.loki.api.LogEntry;
import io.jalloy.loki.api.LogsReceiver;
import io.jalloy.runtime.componenttest.ComponentTestController;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The {@code loki.process} component: batches in, processed batches out to every receiver. */
class ProcessComponentTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    /** Collects what it receives. */
    static final class Capture implements LogsReceiver {
        final List<List<LogEntry>> batches = new CopyOnWriteArrayList<>();

        @Override
        public void send(List<LogEntry> batch) {
            batches.add(batch);
        }

        List<LogEntry> all() {
            return batches.stream().flatMap(List::stream).toList();
        }
    }

    private static ComponentTestController<Arguments, Exports> controller() {
        return ComponentTestController.forName("loki.process", Arguments.class, Exports.class);
    }

    private static Arguments args(ComponentTestController<Arguments, Exports> c, String stages, LogsReceiver... to)
            throws Exception {
        Arguments parsed = c.parseArguments("forward_to = []\n" + stages);
        return new Arguments(List.of(to), parsed.stages());
    }

    @Test
    void batchesGoThroughTheStagesToEveryReceiver() throws Exception {
        Capture a = new Capture();
        Capture b = new Capture();
        try (var c = controller()) {
            c.start(args(c, """
                    stage.json {
                        expressions = { "extracted_env" = "environment" }
                    }
                    stage.labels {
                        values = { "env" = "extracted_env" }
                    }
                    stage.drop {
                        expression = "debug"
                    }
                    """, a, b));
            LogsReceiver receiver = c.waitExports(WAIT).receiver();
            receiver.send(List.of(
                    LogEntry.of(Labels.of("job", "x"), 1, "{\"environment\": \"prod\"}"),
                    LogEntry.of(Labels.of("job", "x"), 2, "{\"environment\": \"debug\"}")));
            assertThat(a.batches).hasSize(1);
            assertThat(a.all()).containsExactly(LogEntry.of(Labels.of("job", "x", "env", "prod"), 1, "{\"environment\": \"prod\"}"));
            assertThat(b.all()).isEqualTo(a.all());
        }
    }

    @Test
    void updatesRebuildThePipelineAndKeepTheReceiver() throws Exception {
        Capture a = new Capture();
        try (var c = controller()) {
            c.start(args(c, "stage.static_labels {\n values = { v = \"1\" }\n}", a));
            LogsReceiver receiver = c.waitExports(WAIT).receiver();
            c.update(args(c, "stage.static_labels {\n values = { v = \"2\" }\n}", a));
            receiver.send(List.of(LogEntry.of(Labels.EMPTY, 1, "l")));
            assertThat(a.all()).extracting(e -> e.labels().get("v")).containsExactly("2");
        }
    }

    @Test
    void multilineBlocksAreFlushedByTheComponentAfterTheirWait() throws Exception {
        Capture a = new Capture();
        try (var c = controller()) {
            c.start(args(c, "stage.multiline {\n firstline = \"^start\"\n max_wait_time = \"200ms\"\n}", a));
            LogsReceiver receiver = c.waitExports(WAIT).receiver();
            receiver.send(List.of(LogEntry.of(Labels.EMPTY, 1, "start"), LogEntry.of(Labels.EMPTY, 2, "more")));
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (a.all().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(a.all()).extracting(LogEntry::line).containsExactly("start\nmore");
        }
    }

    @Test
    void aRejectedUpdateKeepsTheOldStagesRunning() throws Exception {
        Capture a = new Capture();
        try (var c = controller()) {
            c.start(args(c, "stage.static_labels {\n values = { v = \"1\" }\n}\nstage.metrics {\n metric.counter {\n"
                    + " name = \"lines\"\n match_all = true\n action = \"inc\"\n }\n}", a));
            LogsReceiver receiver = c.waitExports(WAIT).receiver();
            assertThatThrownBy(() -> c.update(args(c, "stage.regex {\n expression = \"(\"\n}", a)))
                    .hasMessageContaining("could not compile regular expression");
            receiver.send(List.of(LogEntry.of(Labels.EMPTY, 1, "l")));
            assertThat(a.all()).extracting(e -> e.labels().get("v")).containsExactly("1");
        }
    }

    @Test
    void anInvalidStageFailsTheBuildWithAlloysMessage() throws Exception {
        try (var c = controller()) {
            assertThatThrownBy(() -> c.start(args(c, "stage.regex {\n expression = \"(\"\n}", new Capture())))
                    .hasMessageContaining("could not compile regular expression: error parsing regexp: missing closing ): `(`");
        }
    }
}
