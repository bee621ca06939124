package io.jalloy.loki.process.stages;

import io.jalloy.common.labels.LabelNames;

/**
 * What {@code stage.eventlogmessage} and {@code stage.windowsevent} share: both read a Windows
 * event message from an extracted value and store its fields as extracted values, under keys
 * made valid label names (or skipped, with {@code drop_invalid_labels}) that get an
 * {@code _extracted} suffix when the key exists, unless {@code overwrite_existing}.
 */
abstract class EventMessageStage extends EntryStage {
    private final String source;
    private final boolean dropInvalid;
    private final boolean overwrite;
    private final StageContext ctx;

    EventMessageStage(String source, boolean dropInvalid, boolean overwrite, StageContext ctx) throws StageException {
        if (source == null || !LabelNames.isValidLegacy(source)) {
            throw new StageException("invalid label name: " + source);
        }
        this.source = source;
        this.dropInvalid = dropInvalid;
        this.overwrite = overwrite;
        this.ctx = ctx;
    }

    /** Stores the fields of {@code message}, the text of the source value. */
    protected abstract void extract(EntryState e, String message);

    @Override
    protected final boolean apply(EntryState e) {
        if (!e.extracted.containsKey(source)) {
            return true;
        }
        Object v = e.extracted.get(source);
        if (v == null) {
            ctx.debug("invalid label value parsed");
            return false;
        }
        extract(e, Values.asString(v));
        return true;
    }

    /** Stores one field under {@code key}, made a valid label name as the stage's options say. */
    protected final void put(EntryState e, String key, String value) {
        if (!LabelNames.isValidLegacy(key)) {
            if (dropInvalid) {
                return;
            }
            key = sanitize(key);
        }
        if (!overwrite && e.extracted.containsKey(key)) {
            key = key + "_extracted";
        }
        e.extracted.put(key, value);
    }

    /** Prometheus's {@code SanitizeFullLabelName}: invalid characters (and a leading digit) become {@code _}. */
    static String sanitize(String key) {
        if (key.isEmpty()) {
            return "_";
        }
        StringBuilder sb = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean ok = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (i > 0 && c >= '0' && c <= '9');
            sb.append(ok ? c : '_');
        }
        return sb.toString();
    }
}
