package io.jalloy.loki.process.stages;

import io.jalloy.common.labels.LabelNames;
import io.jalloy.common.labels.Labels;
import java.util.Map;

/** {@code stage.labels}: labels from extracted values or from structured metadata. */
final class LabelsStage extends EntryStage {
    private final String[] names;
    private final String[] sources;
    private final boolean fromMetadata;

    LabelsStage(LabelsConfig c) throws StageException {
        String type = c.sourceType() == null || c.sourceType().isEmpty() ? "extracted" : c.sourceType();
        if (!type.equals("extracted") && !type.equals("structured_metadata")) {
            throw new StageException("invalid labels source_type: " + type
                    + ". Can only be 'extracted' or 'structured_metadata'");
        }
        fromMetadata = type.equals("structured_metadata");
        names = new String[c.values().size()];
        sources = new String[names.length];
        int i = 0;
        for (Map.Entry<String, String> e : c.values().entrySet()) {
            if (!LabelNames.isValidLegacy(e.getKey())) {
                throw new StageException("invalid label name: " + e.getKey());
            }
            names[i] = e.getKey();
            sources[i++] = e.getValue() == null || e.getValue().isEmpty() ? e.getKey() : e.getValue();
        }
    }

    @Override
    protected boolean apply(EntryState e) {
        if (fromMetadata) {
            Labels md = e.currentMetadata();
            for (int i = 0; i < names.length; i++) {
                if (md.has(sources[i])) {
                    e.labels.set(names[i], md.get(sources[i]));
                }
            }
            return true;
        }
        for (int i = 0; i < names.length; i++) {
            Object v = e.extracted.get(sources[i]);
            if (v != null) {
                e.labels.set(names[i], Values.asString(v));
            }
        }
        return true;
    }
}
