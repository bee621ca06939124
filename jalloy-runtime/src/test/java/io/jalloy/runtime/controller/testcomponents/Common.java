package io.jalloy.runtime.controller.testcomponents;

import io.jalloy.runtime.controller.BlockSchema;
import io.jalloy.runtime.controller.ValueSpec;
import io.jalloy.runtime.controller.internal.check.HttpClientSchema;

/** Argument pieces many TEST-ONLY component schemas share (names and types as in Alloy). */
final class Common {
    private Common() {}

    static final ValueSpec TARGETS = ValueSpec.arrayOf(ValueSpec.TARGET);
    static final ValueSpec METRICS_RECEIVERS = ValueSpec.arrayOf(ValueSpec.capsule("storage.Appendable"));
    static final ValueSpec LOGS_RECEIVERS = ValueSpec.arrayOf(ValueSpec.capsule("loki.LogsReceiver"));
    static final ValueSpec STRINGS = ValueSpec.arrayOf(ValueSpec.STRING);
    static final ValueSpec STRING_MAP = ValueSpec.mapOf(ValueSpec.STRING);

    /** Alloy's relabel actions, parsed from text with its error for unknown ones. */
    static final ValueSpec RELABEL_ACTION = ValueSpec.text(s -> switch (s) {
        case "replace", "keep", "drop", "hashmod", "labelmap", "labeldrop", "labelkeep", "lowercase", "uppercase",
             "keepequal", "dropequal" -> null;
        default -> "unknown relabel action \"" + s + "\"";
    });

    /** A {@code rule} block of the relabelling components. */
    static final BlockSchema RELABEL_RULE = BlockSchema.builder()
            .optional("source_labels", STRINGS)
            .optional("separator", ValueSpec.STRING)
            .optional("regex", ValueSpec.STRING)
            .optional("modulus", ValueSpec.NUMBER)
            .optional("target_label", ValueSpec.STRING)
            .optional("replacement", ValueSpec.STRING)
            .optional("action", RELABEL_ACTION)
            .build();

    /** The HTTP client fields that components embed directly in their arguments. */
    static BlockSchema.Builder withHttpClient(BlockSchema.Builder b) {
        for (BlockSchema.Field f : HttpClientSchema.CLIENT.fields()) {
            switch (f) {
                case BlockSchema.Attr a when a.required() -> b.required(a.name(), a.type());
                case BlockSchema.Attr a -> b.optional(a.name(), a.type());
                case BlockSchema.Block k when k.multiplicity() == BlockSchema.Multiplicity.ONCE ->
                        b.block(k.name(), k.schema(), k.required());
                case BlockSchema.Block k -> b.blocks(k.name(), k.schema(), k.required());
            }
        }
        return b;
    }
}
