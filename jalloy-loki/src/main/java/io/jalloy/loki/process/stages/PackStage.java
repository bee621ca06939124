package io.jalloy.loki.process.stages;

import io.jalloy.loki.process.internal.GoJson;
import java.util.Arrays;

/**
 * {@code stage.pack}: the line becomes {@code {"name":"value",...,"_entry":"line"}} with the
 * named extracted values (which start as the entry's labels), keys sorted; labels of those names
 * are removed from the stream.
 */
final class PackStage extends EntryStage {
    private final String[] names;
    private final boolean ingestTimestamp;
    private final StageContext ctx;
    private final StringBuilder sb = new StringBuilder();

    PackStage(PackConfig c, StageContext ctx) throws StageException {
        if (c.labels() == null || c.labels().isEmpty()) {
            throw new StageException("pack stage configuration error: labels cannot be empty");
        }
        names = c.labels().toArray(new String[0]);
        Arrays.sort(names);
        ingestTimestamp = c.ingestTimestamp();
        this.ctx = ctx;
    }

    @Override
    protected boolean apply(EntryState e) {
        sb.setLength(0);
        sb.append('{');
        for (String name : names) {
            // Alloy packs from the extracted map (seeded with the incoming labels) and then
            // removes a label of the same name.
            Object v = e.extracted.get(name);
            if (v == null) {
                continue;
            }
            e.labels.del(name);
            GoJson.quote(sb, name);
            sb.append(':');
            GoJson.quote(sb, Values.asString(v));
            sb.append(',');
        }
        sb.append("\"_entry\":");
        GoJson.quote(sb, e.line);
        sb.append('}');
        e.line = sb.toString();
        if (ingestTimestamp) {
            e.timestampNanos = ctx.nowNanos();
        }
        return true;
    }
}
