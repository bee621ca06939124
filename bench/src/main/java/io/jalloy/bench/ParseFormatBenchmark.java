package io.jalloy.bench;

import io.jalloy.syntax.ast.File;
import io.jalloy.syntax.parser.Parser;
import io.jalloy.syntax.printer.Printer;
import io.jalloy.syntax.token.SourceFile;
import java.nio.file.Path;
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

/**
 * Parse and format throughput on the large config (doc blocks concatenated to ~5.5 MB).
 * MB/s = size / average time per operation; the script prints both.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class ParseFormatBenchmark {

    @Param("../shared")
    public String shared;

    private byte[] content;
    private File parsed;

    @Setup
    public void setUp() throws Exception {
        content = LargeConfig.build(Path.of(shared), LargeConfig.DEFAULT_TARGET_BYTES);
        parsed = Parser.parseFile(SourceFile.of("large.alloy", content));
        System.out.println("\nlarge config: " + content.length + " bytes");
    }

    @Benchmark
    public String parseAndFormat() throws Exception {
        return Printer.format(Parser.parseFile(SourceFile.of("large.alloy", content)));
    }

    @Benchmark
    public File parseOnly() throws Exception {
        return Parser.parseFile(SourceFile.of("large.alloy", content));
    }

    @Benchmark
    public String formatOnly() {
        return Printer.format(parsed);
    }
}
