package io.jalloy.loki.process.stages;

import io.jalloy.common.labels.Labels;
import io.jalloy.loki.api.LogEntry;
import io.jalloy.syntax.decode.Decoder;
import io.jalloy.syntax.decode.Enum;
import io.jalloy.syntax.parser.Parser;
import io.jalloy.syntax.stdlib.Stdlib;
import io.jalloy.syntax.token.SourceFile;
import io.jalloy.syntax.vm.Evaluator;
import io.jalloy.syntax.vm.Scope;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;

/** Builds stages from Alloy text and runs entries through them, keeping what comes out with its extracted map. */
final class Harness {
    /** The fixed "now" of every harness: 2024-06-15T12:00:00Z. */
    static final Instant NOW = Instant.parse("2024-06-15T12:00:00Z");

    record Snippet(@Enum(value = "stage", optional = true) List<StageConfig> stages) {}

    /** One output entry with the extracted values it carried. */
    record Out(LogEntry entry, Map<String, Object> extracted) {
        String line() {
            return entry.line();
        }

        Map<String, String> labels() {
            return entry.labels().toMap();
        }
    }

    final PrometheusRegistry registry = new PrometheusRegistry();
    final StageContext ctx;
    final List<Stage> stages;
    final List<Out> out = new ArrayList<>();
    private final Next head;
    private final EntryState state = new EntryState();

    Harness(String alloy) throws Exception {
        this(alloy, Clock.fixed(NOW, ZoneOffset.UTC), () -> 0.5);
    }

    Harness(String alloy, Clock clock, DoubleSupplier random) throws Exception {
        ctx = StageContext.create(System.getLogger("test"), registry, clock, random);
        stages = Stages.compile(decode(alloy), ctx);
        Next next = e -> out.add(new Out(e.toEntry(), new java.util.HashMap<>(e.extracted)));
        for (int i = stages.size() - 1; i >= 0; i--) {
            next = stages.get(i).bind(next);
        }
        head = next;
    }

    static List<StageConfig> decode(String alloy) throws Exception {
        SourceFile src = SourceFile.of("test.alloy", alloy);
        return new Decoder(new Evaluator(src))
                .decodeBody(Parser.parseFile(src).body(), null, Snippet.class, Scope.root(Stdlib.globals()))
                .stages();
    }

    /** Compiles and returns the configuration error's message (or fails when there is none). */
    static String error(String alloy) throws Exception {
        try {
            new Harness(alloy);
        } catch (StageException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a configuration error");
    }

    List<Out> run(LogEntry... entries) {
        out.clear();
        for (LogEntry e : entries) {
            head.accept(state.reset(e));
        }
        return List.copyOf(out);
    }

    Out one(String line) {
        List<Out> r = run(entry(line));
        if (r.size() != 1) {
            throw new AssertionError("expected one entry, got " + r.size());
        }
        return r.get(0);
    }

    static LogEntry entry(String line) {
        return LogEntry.of(Labels.EMPTY, NOW.toEpochMilli() * 1_000_000L, line);
    }

    static LogEntry entry(Labels labels, String line) {
        return LogEntry.of(labels, NOW.toEpochMilli() * 1_000_000L, line);
    }

    static long nanos(String rfc3339) {
        Instant i = Instant.parse(rfc3339);
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }
}
