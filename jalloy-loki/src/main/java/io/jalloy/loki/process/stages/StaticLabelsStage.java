package io.jalloy.loki.process.stages;

import io.jalloy.common.labels.LabelNames;
import java.util.Map;

/** {@code stage.static_labels}: sets fixed labels. */
final class StaticLabelsStage extends EntryStage {
    private final String[] names;
    private final String[] values;

    StaticLabelsStage(StaticLabelsConfig c) throws StageException {
        Map<String, String> m = c.values() == null ? Map.of() : c.values();
        names = new String[m.size()];
        values = new String[names.length];
        int i = 0;
        for (Map.Entry<String, String> e : m.entrySet()) {
            if (!LabelNames.isValidLegacy(e.getKey())) {
                throw new StageException("invalid label name: " + e.getKey());
            }
            names[i] = e.getKey();
            values[i++] = e.getValue() == null ? "" : e.getValue();
        }
    }

    @Override
    protected boolean apply(EntryState e) {
        for (int i = 0; i < names.length; i++) {
            e.labels.set(names[i], values[i]);
        }
        return true;
    }
}
