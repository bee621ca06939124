package io.jalloy.runtime.controller;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.DataPointSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.Label;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.util.Set;
import java.util.TreeMap;

/**
 * Series of a registry as {@code name{label="value",...}} to value, the shape of Prometheus text
 * lines, so that a gathered registry compares with an expected {@code .prom} file as Alloy's
 * {@code GatherAndCompare} does for the families it names.
 */
final class MetricSeries {
    private MetricSeries() {}

    /** The sample lines of {@code text} whose metric is one of {@code families}. */
    static TreeMap<String, Double> parse(String text, Set<String> families) {
        TreeMap<String, Double> out = new TreeMap<>();
        for (String line : text.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int brace = line.indexOf('{');
            int space = line.lastIndexOf(' ');
            String name = line.substring(0, brace < 0 ? space : brace);
            if (families.contains(name)) {
                out.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
            }
        }
        return out;
    }

    /** The counter and gauge series of {@code families} in {@code registry}. */
    static TreeMap<String, Double> gather(PrometheusRegistry registry, Set<String> families) {
        TreeMap<String, Double> out = new TreeMap<>();
        for (MetricSnapshot s : registry.scrape()) {
            String name = s.getMetadata().getPrometheusName();
            if (!families.contains(name)) {
                continue;
            }
            for (DataPointSnapshot p : s.getDataPoints()) {
                double value = switch (s) {
                    case CounterSnapshot c -> ((CounterSnapshot.CounterDataPointSnapshot) p).getValue();
                    case GaugeSnapshot g -> ((GaugeSnapshot.GaugeDataPointSnapshot) p).getValue();
                    default -> throw new AssertionError("unexpected type of " + name);
                };
                StringBuilder key = new StringBuilder(name).append('{');
                for (Label l : p.getLabels()) {
                    key.append(key.charAt(key.length() - 1) == '{' ? "" : ",")
                            .append(l.getName()).append("=\"").append(l.getValue()).append('"');
                }
                out.put(key.append('}').toString(), value);
            }
        }
        return out;
    }

    /** How many series {@code families} have (a histogram's series counts once, as in Go's GatherAndCount). */
    static int count(PrometheusRegistry registry, Set<String> families) {
        int n = 0;
        for (MetricSnapshot s : registry.scrape()) {
            if (families.contains(s.getMetadata().getPrometheusName())) {
                n += s.getDataPoints().size();
            }
        }
        return n;
    }
}
