package io.jalloy.loki.process.stages;

/** {@code stage.label_drop}: removes the listed labels. */
final class LabelDropStage extends EntryStage {
    private final String[] names;

    LabelDropStage(LabelDropConfig c) {
        names = c.values() == null ? new String[0] : c.values().toArray(new String[0]);
    }

    @Override
    protected boolean apply(EntryState e) {
        for (String n : names) {
            e.labels.del(n);
        }
        return true;
    }
}
