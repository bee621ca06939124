package io.jalloy.loki.process.stages;

import java.util.List;

/** Stages run as one, for predefined pipelines such as {@code stage.docker}. */
final class CompositeStage implements Stage {
    private final List<Stage> parts;

    CompositeStage(List<Stage> parts) {
        this.parts = List.copyOf(parts);
    }

    @Override
    public Next bind(Next downstream) {
        Next next = downstream;
        for (int i = parts.size() - 1; i >= 0; i--) {
            next = parts.get(i).bind(next);
        }
        return next;
    }

    @Override
    public void flush(long nowNanos, boolean all) {
        parts.forEach(p -> p.flush(nowNanos, all));
    }

    @Override
    public void close() {
        parts.forEach(Stage::close);
    }

    /** {@code stage.docker}: Docker's JSON lines give the line, a {@code stream} label and the time. */
    static Stage docker(StageContext ctx) throws StageException {
        return new CompositeStage(List.of(
                new JsonStage(new JsonConfig(java.util.Map.of("output", "log", "stream", "stream", "timestamp", "time"),
                        null, false), ctx),
                new LabelsStage(new LabelsConfig(java.util.Map.of("stream", ""), "extracted")),
                new TimestampStage(new TimestampConfig("timestamp", "RFC3339Nano", List.of(), null, "fudge"), ctx),
                new OutputStage(new OutputConfig("output"))));
    }
}
