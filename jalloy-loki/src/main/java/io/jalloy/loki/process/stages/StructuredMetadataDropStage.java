package io.jalloy.loki.process.stages;

/** {@code stage.structured_metadata_drop}: removes structured metadata keys. */
final class StructuredMetadataDropStage extends EntryStage {
    private final String[] names;

    StructuredMetadataDropStage(StructuredMetadataDropConfig c) {
        names = c.values() == null ? new String[0] : c.values().toArray(new String[0]);
    }

    @Override
    protected boolean apply(EntryState e) {
        for (String n : names) {
            e.metadata.del(n);
        }
        return true;
    }
}
