package io.jalloy.bench;

import io.jalloy.common.labels.Labels;
import io.jalloy.loki.api.LogEntry;
import io.jalloy.loki.internal.PushEncoder;
import io.jalloy.loki.internal.PushStream;
import io.jalloy.loki.internal.StreamLabels;
import java.util.List;
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
 * What {@code loki.write} does per push: one stream of ~1 MiB of ~200-byte logfmt lines (the
 * default {@code batch_size}) encoded as a protobuf PushRequest and snappy-compressed.
 * MiB/s = 1 / average seconds per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms256m", "-Xmx256m", "--enable-native-access=ALL-UNNAMED"})
public class PushEncodeBenchmark {
    private final PushEncoder encoder = new PushEncoder();
    private List<PushStream> streams;

    @Setup
    public void setUp() {
        Labels labels = Labels.of("filename", "/var/log/app/app.log", "job", "app");
        PushStream stream = new PushStream(StreamLabels.render(labels));
        long ts = 1_795_000_000_000_000_000L;
        int bytes = 0;
        for (int i = 0; bytes < (1 << 20); i++) {
            String line = "ts=2026-11-24T14:00:" + (i % 60) + ".123Z level=info caller=server.go:118 msg=\"request served\""
                    + " method=GET path=/api/v1/items/" + (i * 7919 % 1000003) + " status=200 duration=" + (i % 997)
                    + ".013ms bytes=" + (i * 104729 % 65521) + " trace_id=9e3779b1" + Integer.toHexString(i) + " user=u" + i;
            stream.add(LogEntry.of(labels, ts + i, line));
            bytes += line.length();
        }
        streams = List.of(stream);
    }

    @Benchmark
    public int encodeAndCompress() {
        return encoder.encode(streams);
    }

    @Benchmark
    public int encodeOnly() {
        return encoder.encodeProto(streams);
    }
}
