package io.jalloy.loki.process.stages;

/** {@code stage.label_keep}: removes every label not listed. */
final class LabelKeepStage extends EntryStage {
    private final String[] names;

    LabelKeepStage(LabelKeepConfig c) {
        names = c.values() == null ? new String[0] : c.values().toArray(new String[0]);
    }

    @Override
    protected boolean apply(EntryState e) {
        e.labels.keep(names);
        return true;
    }
}
