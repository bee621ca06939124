package io.jalloy.loki.process.stages;

import com.google.re2j.Matcher;
import io.jalloy.common.labels.LabelNames;
import java.util.Map;

/** {@code stage.structured_metadata}: extracted values (named, or matching {@code regex}) become structured metadata. */
final class StructuredMetadataStage extends EntryStage {
    private final String[] names;
    private final String[] sources;
    private final Matcher regex;

    StructuredMetadataStage(StructuredMetadataConfig c) throws StageException {
        Map<String, String> m = c.values() == null ? Map.of() : c.values();
        names = new String[m.size()];
        sources = new String[names.length];
        int i = 0;
        for (Map.Entry<String, String> e : m.entrySet()) {
            if (!LabelNames.isValidLegacy(e.getKey())) {
                throw new StageException("invalid label name: " + e.getKey());
            }
            names[i] = e.getKey();
            sources[i++] = e.getValue() == null || e.getValue().isEmpty() ? e.getKey() : e.getValue();
        }
        regex = c.regex() == null || c.regex().isEmpty()
                ? null
                : Regexes.compile(c.regex(), "could not compile regular expression").matcher("");
    }

    @Override
    protected boolean apply(EntryState e) {
        for (int i = 0; i < names.length; i++) {
            Object v = e.extracted.get(sources[i]);
            if (v != null) {
                e.metadata.set(names[i], Values.asString(v));
            }
        }
        if (regex != null) {
            for (Map.Entry<String, Object> x : e.extracted.entrySet()) {
                if (x.getValue() != null && regex.reset(x.getKey()).find()) {
                    e.metadata.set(x.getKey(), Values.asString(x.getValue()));
                }
            }
        }
        return true;
    }
}
