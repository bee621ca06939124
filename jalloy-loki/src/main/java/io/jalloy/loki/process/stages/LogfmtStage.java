package io.jalloy.loki.process.stages;

import io.jalloy.loki.process.internal.Logfmt;
import java.util.Map;

/** {@code stage.logfmt}: copies the mapped logfmt fields into the extracted map. */
final class LogfmtStage extends EntryStage {
    private final String[] names;  // extracted names
    private final String[] fields; // logfmt keys
    private final String source;
    private final Logfmt scanner = new Logfmt();
    private final StageContext ctx;

    LogfmtStage(LogfmtConfig c, StageContext ctx) throws StageException {
        if (c.mapping() == null || c.mapping().isEmpty()) {
            throw new StageException("logfmt mapping is required");
        }
        if (c.source() != null && c.source().isEmpty()) {
            throw new StageException("empty source");
        }
        names = new String[c.mapping().size()];
        fields = new String[names.length];
        int i = 0;
        for (Map.Entry<String, String> e : c.mapping().entrySet()) {
            names[i] = e.getKey();
            fields[i++] = e.getValue().isEmpty() ? e.getKey() : e.getValue();
        }
        this.source = c.source();
        this.ctx = ctx;
    }

    @Override
    protected boolean apply(EntryState e) {
        String input = e.input(source);
        if (input == null) {
            return true;
        }
        Logfmt s = scanner.reset(input);
        while (s.next()) {
            if (!s.hasValue()) {
                continue;
            }
            for (int i = 0; i < fields.length; i++) {
                if (s.keyEquals(fields[i])) {
                    e.extracted.put(names[i], s.value());
                }
            }
        }
        if (s.error() != null) {
            ctx.debug("failed to decode logfmt: " + s.error());
        }
        return true;
    }
}
