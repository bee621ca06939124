package io.jalloy.loki.process.stages;

/** {@code stage.output}: the line becomes an extracted value. */
final class OutputStage extends EntryStage {
    private final String source;

    OutputStage(OutputConfig c) throws StageException {
        if (c.source() == null || c.source().isEmpty()) {
            throw new StageException("output source value is required");
        }
        source = c.source();
    }

    @Override
    protected boolean apply(EntryState e) {
        Object v = e.extracted.get(source);
        if (v != null) {
            e.line = Values.asString(v);
        }
        return true;
    }
}
