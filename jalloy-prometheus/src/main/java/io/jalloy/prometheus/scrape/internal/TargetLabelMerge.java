package io.jalloy.prometheus.scrape.internal;

import io.jalloy.common.labels.Labels;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Adds a target's labels to a scraped series as Prometheus does: with {@code honor_labels} the
 * scraped values win; otherwise the target's win and each clashing scraped label is kept as
 * {@code exported_<name>} (prefixed again until the name is free).
 */
final class TargetLabelMerge {
    private TargetLabelMerge() {}

    static void merge(Labels.Builder b, Labels target, boolean honorLabels) {
        if (honorLabels) {
            for (int i = 0; i < target.size(); i++) {
                if (b.get(target.name(i)).isEmpty()) {
                    b.set(target.name(i), target.value(i));
                }
            }
            return;
        }
        List<String[]> clashes = null;
        for (int i = 0; i < target.size(); i++) {
            String existing = b.get(target.name(i));
            if (!existing.isEmpty()) {
                if (clashes == null) {
                    clashes = new ArrayList<>(2);
                }
                clashes.add(new String[] {target.name(i), existing});
            }
            b.set(target.name(i), target.value(i));
        }
        if (clashes == null) {
            return;
        }
        clashes.sort(Comparator.comparingInt(c -> c[0].length()));
        for (String[] c : clashes) {
            String name = "exported_" + c[0];
            while (!b.get(name).isEmpty()) {
                name = "exported_" + name;
            }
            b.set(name, c[1]);
        }
    }
}
