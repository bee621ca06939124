package io.jalloy.bench;

import io.jalloy.loki.process.internal.Logfmt;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The scan {@code stage.logfmt} runs on every line: a ~200-byte logfmt line walked pair by pair,
 * the {@code level} value taken out (as the bench/logs pipeline's stages do). Nanoseconds per line.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LogfmtBenchmark {
    private final Logfmt scanner = new Logfmt();
    private String[] lines;
    private int next;

    @Setup
    public void setUp() {
        lines = new String[1024];
        String[] levels = {"info", "debug", "warn", "error"};
        for (int i = 0; i < lines.length; i++) {
            lines[i] = "ts=2026-11-24T14:00:" + (i % 60) + ".123Z level=" + levels[i % 4]
                    + " caller=server.go:118 msg=\"request served\" method=GET path=/api/v1/items/" + (i * 7919)
                    + " status=200 duration=" + (i % 997) + ".013ms bytes=" + (i * 104729 % 65521)
                    + " trace_id=9e3779b100009e37 user=u" + i;
        }
    }

    @Benchmark
    public String levelOfOneLine() {
        String line = lines[next++ & (lines.length - 1)];
        Logfmt s = scanner.reset(line);
        String level = null;
        while (s.next()) {
            if (s.hasValue() && s.keyEquals("level")) {
                level = s.value();
            }
        }
        return level;
    }
}
