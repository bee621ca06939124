package io.jalloy.loki.process.stages;

import io.jalloy.common.labels.Labels;
import io.prometheus.metrics.core.metrics.Counter;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code stage.truncate}: cuts the line, labels, structured metadata or extracted strings longer
 * than a rule's byte limit (suffix included), and records what it cut in the extracted
 * {@code truncated} value.
 */
final class TruncateStage extends EntryStage {
    private record Rule(String type, long limit, String suffix, String[] sources) {}

    private final Rule[] rules;
    private final Counter truncated;
    private final TreeSet<String> fields = new TreeSet<>();

    TruncateStage(TruncateConfig c, StageContext ctx) throws StageException {
        List<TruncateRule> rs = c.rules() == null ? List.of() : c.rules();
        if (rs.isEmpty()) {
            throw new StageException("at least one truncate rule must be defined");
        }
        rules = new Rule[rs.size()];
        for (int i = 0; i < rules.length; i++) {
            TruncateRule r = rs.get(i);
            String type = r.sourceType() == null || r.sourceType().isEmpty() ? "line" : r.sourceType();
            if (!List.of("line", "label", "structured_metadata", "extracted").contains(type)) {
                throw new StageException("unknown source_type: " + type);
            }
            if (r.limit().bytes() <= 0) {
                throw new StageException("limit must be greater than zero");
            }
            List<String> sources = r.sources() == null ? List.of() : r.sources();
            if (type.equals("line") && !sources.isEmpty()) {
                throw new StageException("sources cannot be set when source_type is 'line'");
            }
            String suffix = r.suffix() == null ? "" : r.suffix();
            if (!suffix.isEmpty() && suffix.length() >= r.limit().bytes()) {
                throw new StageException("suffix length cannot be greater than or equal to limit");
            }
            rules[i] = new Rule(type, r.limit().bytes() - Utf8.length(suffix), suffix, sources.toArray(new String[0]));
        }
        truncated = ctx.sharedCounter("loki_process_truncated_fields_total",
                "A count of all log lines, labels, extracted values, or structured_metadata truncated as a result of a pipeline stage",
                "field");
    }

    @Override
    protected boolean apply(EntryState e) {
        for (Rule r : rules) {
            fields.clear();
            switch (r.type) {
                case "line" -> {
                    String cut = cut(r, e.line);
                    if (cut != null) {
                        e.line = cut;
                        mark("line");
                    }
                }
                case "label" -> {
                    Labels l = e.currentLabels();
                    for (int i = 0; i < l.size(); i++) {
                        if (selected(r, l.name(i))) {
                            String cut = cut(r, l.value(i));
                            if (cut != null) {
                                e.labels.set(l.name(i), cut);
                                mark("label");
                            }
                        }
                    }
                }
                case "structured_metadata" -> {
                    Labels l = e.currentMetadata();
                    for (int i = 0; i < l.size(); i++) {
                        if (selected(r, l.name(i))) {
                            String cut = cut(r, l.value(i));
                            if (cut != null) {
                                e.metadata.set(l.name(i), cut);
                                mark("structured_metadata");
                            }
                        }
                    }
                }
                default -> {
                    for (Map.Entry<String, Object> x : e.extracted.entrySet()) {
                        if (x.getValue() instanceof String s && selected(r, x.getKey())) {
                            String cut = cut(r, s);
                            if (cut != null) {
                                x.setValue(cut);
                                mark("extracted");
                            }
                        }
                    }
                }
            }
            if (!fields.isEmpty()) {
                if (e.extracted.get("truncated") instanceof String existing && !existing.isEmpty()) {
                    fields.addAll(List.of(existing.split(",")));
                }
                e.extracted.put("truncated", String.join(",", fields));
            }
        }
        return true;
    }

    private void mark(String field) {
        truncated.labelValues(field).inc();
        fields.add(field);
    }

    private static boolean selected(Rule r, String name) {
        if (r.sources.length == 0) {
            return true;
        }
        for (String s : r.sources) {
            if (s.equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static String cut(Rule r, String s) {
        if (s.length() <= r.limit && Utf8.length(s) <= r.limit) {
            return null;
        }
        if (Utf8.length(s) <= r.limit) {
            return null;
        }
        return Utf8.prefix(s, r.limit) + r.suffix;
    }
}
