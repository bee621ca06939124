package io.jalloy.bench;

import io.jalloy.common.labels.Labels;
import io.jalloy.loki.api.LogEntry;
import io.jalloy.loki.source.file.internal.LineReader;
import io.jalloy.loki.source.file.internal.TextEncoding;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The loop at the heart of {@code loki.source.file}: chunked reads into one buffer, newline
 * search, per-line decoding and batching, over an in-memory "file" of ~200-byte access-log
 * lines (no disk, no receivers). MiB/s = size / average time per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class FileTailBenchmark {

    @Param("33554432")
    public int sizeBytes;

    @Param("2048")
    public int batchSize;

    private byte[] content;
    private final Labels labels = Labels.of("filename", "/var/log/app/access.log", "job", "app");

    @Setup
    public void setUp() {
        StringBuilder sb = new StringBuilder(sizeBytes + 256);
        int i = 0;
        while (sb.length() < sizeBytes) {
            sb.append("10.0.").append(i % 256).append('.').append(i % 97)
                    .append(" - - [26/Jan/2019:20:27:53 +0330] \"GET /static/images/amp/item-").append(i)
                    .append(".png HTTP/1.1\" 200 3863 \"https://example.com/product/27644\" \"Mozilla/5.0 (X11) Firefox/21.0\"\n");
            i++;
        }
        content = sb.toString().getBytes(StandardCharsets.UTF_8);
        System.out.println("\nin-memory file: " + content.length + " bytes, " + i + " lines");
    }

    @Benchmark
    public long splitAndBatch(Blackhole bh) throws Exception {
        LineReader reader = new LineReader(TextEncoding.UTF_8, LineReader.DEFAULT_BUFFER);
        List<LogEntry> batch = new ArrayList<>(batchSize);
        ByteArrayInputStream in = new ByteArrayInputStream(content);
        long lines = 0;
        long now = System.currentTimeMillis() * 1_000_000L;
        while (reader.fill(in) >= 0) {
            while (true) {
                lines += reader.drain(batch, batchSize - batch.size(), labels, now);
                if (batch.size() < batchSize) {
                    break;
                }
                bh.consume(batch);
                batch.clear();
            }
        }
        bh.consume(batch);
        return lines;
    }
}
