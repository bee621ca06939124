package io.jalloy.prometheus.discovery;

import io.jalloy.common.discovery.Target;
import io.jalloy.common.labels.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prometheus target groups ({@code [{"targets": [...], "labels": {...}}]}, as file_sd and http_sd
 * serve them) turned into targets: each address becomes {@code __address__}, the group's labels
 * and the source's meta label are added.
 */
public final class TargetGroups {
    private TargetGroups() {}

    /** Thrown with Prometheus's wording when the document is not a list of target groups. */
    public static final class InvalidGroupsException extends Exception {
        public InvalidGroupsException(String message) {
            super(message);
        }
    }

    /**
     * The targets of {@code document} (a parsed JSON/YAML value: lists, maps, strings).
     *
     * @param metaName the label naming the source ({@code __meta_filepath}, {@code __meta_url})
     */
    public static List<Target> targets(Object document, String metaName, String metaValue) throws InvalidGroupsException {
        if (document == null) {
            return List.of();
        }
        if (!(document instanceof List<?> groups)) {
            throw new InvalidGroupsException("target groups must be a list, got " + kind(document));
        }
        List<Target> out = new ArrayList<>();
        for (Object g : groups) {
            if (!(g instanceof Map<?, ?> group)) {
                throw new InvalidGroupsException("a target group must be an object, got " + kind(g));
            }
            Object targets = group.get("targets");
            Object labels = group.get("labels");
            Labels.Builder base = new Labels.Builder();
            if (labels instanceof Map<?, ?> m) {
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    base.set(String.valueOf(e.getKey()), e.getValue() == null ? "" : String.valueOf(e.getValue()));
                }
            } else if (labels != null) {
                throw new InvalidGroupsException("labels must be an object, got " + kind(labels));
            }
            base.set(metaName, metaValue);
            Labels groupLabels = base.build();
            if (targets == null) {
                continue;
            }
            if (!(targets instanceof List<?> list)) {
                throw new InvalidGroupsException("targets must be a list, got " + kind(targets));
            }
            for (Object t : list) {
                if (t == null || String.valueOf(t).isEmpty()) {
                    continue;
                }
                out.add(Target.of(new Labels.Builder().reset(groupLabels).set("__address__", String.valueOf(t)).build()));
            }
        }
        return out;
    }

    private static String kind(Object o) {
        return o == null ? "null" : o instanceof Map ? "object" : o instanceof List ? "list" : o.getClass().getSimpleName();
    }
}
