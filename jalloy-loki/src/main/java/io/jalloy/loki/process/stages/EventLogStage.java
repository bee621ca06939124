package io.jalloy.loki.process.stages;

import io.jalloy.common.labels.LabelNames;

/**
 * {@code stage.eventlogmessage} and {@code stage.windowsevent}: each {@code Key: value} line of
 * a Windows event message becomes an extracted value, the key sanitised to a label name (or
 * skipped, with {@code drop_invalid_labels}); existing keys get an {@code _extracted} suffix
 * unless {@code overwrite_existing}. For {@code windowsevent}, text before the first key line is
 * kept as {@code Description}.
 */
final class EventLogStage extends EntryStage {
    private final String source;
    private final boolean dropInvalid;
    private final boolean overwrite;
    private final boolean description;

    EventLogStage(String source, boolean dropInvalid, boolean overwrite, boolean description) throws StageException {
        if (source == null || !LabelNames.isValidLegacy(source)) {
            throw new StageException("invalid label name: " + source);
        }
        this.source = source;
        this.dropInvalid = dropInvalid;
        this.overwrite = overwrite;
        this.description = description;
    }

    @Override
    protected boolean apply(EntryState e) {
        if (e.extracted.get(source) == null) {
            return true;
        }
        String message = Values.asString(e.extracted.get(source));
        StringBuilder desc = description ? new StringBuilder() : null;
        boolean inDescription = description;
        for (String line : message.split("\r\n|\n", -1)) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                if (inDescription && !line.isBlank()) {
                    if (!desc.isEmpty()) {
                        desc.append(' ');
                    }
                    desc.append(line.strip());
                }
                continue;
            }
            inDescription = false;
            String key = line.substring(0, colon);
            String value = line.substring(colon + 1).strip();
            if (!LabelNames.isValidLegacy(key)) {
                if (dropInvalid) {
                    continue;
                }
                key = sanitize(key);
            }
            put(e, key, value);
        }
        if (desc != null && !desc.isEmpty()) {
            put(e, "Description", desc.toString());
        }
        return true;
    }

    private void put(EntryState e, String key, String value) {
        if (!overwrite && e.extracted.containsKey(key)) {
            key = key + "_extracted";
        }
        e.extracted.put(key, value);
    }

    private static String sanitize(String key) {
        StringBuilder sb = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean ok = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (i > 0 && c >= '0' && c <= '9');
            sb.append(ok ? c : '_');
        }
        return sb.toString();
    }
}
