package io.jalloy.loki.process.stages;

import io.jalloy.common.labels.LabelNames;

/**
 * {@code stage.eventlogmessage}: each {@code Key: value} line ({@code \r\n}-separated) of a
 * Windows event message becomes an extracted value, the key sanitised to a label name (or the
 * line skipped, with {@code drop_invalid_labels}); existing keys get an {@code _extracted}
 * suffix unless {@code overwrite_existing}. A source Alloy cannot read as a string drops the entry.
 */
final class EventLogStage extends EntryStage {
    private final String source;
    private final boolean dropInvalid;
    private final boolean overwrite;
    private final StageContext ctx;

    EventLogStage(EventLogMessageConfig c, StageContext ctx) throws StageException {
        if (c.source() == null || !LabelNames.isValidLegacy(c.source())) {
            throw new StageException("invalid label name: " + c.source());
        }
        this.source = c.source();
        this.dropInvalid = c.dropInvalidLabels();
        this.overwrite = c.overwriteExisting();
        this.ctx = ctx;
    }

    @Override
    protected boolean apply(EntryState e) {
        if (!e.extracted.containsKey(source)) {
            return true;
        }
        Object v = e.extracted.get(source);
        if (v == null) {
            ctx.debug("invalid label value parsed");
            return false;
        }
        String message = Values.asString(v);
        int from = 0;
        while (from <= message.length()) {
            int end = message.indexOf("\r\n", from);
            if (end < 0) {
                end = message.length();
            }
            String line = message.substring(from, end);
            from = end + 2;
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon);
            if (!LabelNames.isValidLegacy(key)) {
                if (dropInvalid) {
                    continue;
                }
                key = sanitize(key);
            }
            if (!overwrite && e.extracted.containsKey(key)) {
                key = key + "_extracted";
            }
            e.extracted.put(key, line.substring(colon + 1).strip());
        }
        return true;
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
