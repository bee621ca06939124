package io.jalloy.prometheus.exporter.unix.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects metric families during one scrape of the exporter and renders them as Prometheus text
 * 0.0.4, families sorted by name as node_exporter's registry serves them. Used by one request
 * thread.
 */
public final class MetricText {
    private record Family(String help, String type, List<String> samples) {}

    private final Map<String, Family> families = new TreeMap<>();

    /**
     * Adds a sample of family {@code name}; {@code labels} alternate names and values.
     *
     * @param type {@code counter}, {@code gauge} or {@code untyped}
     */
    public void add(String name, String help, String type, double value, String... labels) {
        Family f = families.computeIfAbsent(name, n -> new Family(help, type, new ArrayList<>()));
        StringBuilder sb = new StringBuilder(name);
        if (labels.length > 0) {
            sb.append('{');
            for (int i = 0; i < labels.length; i += 2) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(labels[i]).append("=\"");
                escape(sb, labels[i + 1]);
                sb.append('"');
            }
            sb.append('}');
        }
        sb.append(' ').append(format(value));
        f.samples.add(sb.toString());
    }

    /** The exposition text. */
    public byte[] render() {
        StringBuilder sb = new StringBuilder(16 * 1024);
        families.forEach((name, f) -> {
            sb.append("# HELP ").append(name).append(' ');
            for (int i = 0; i < f.help.length(); i++) {
                char c = f.help.charAt(i);
                if (c == '\\') {
                    sb.append("\\\\");
                } else if (c == '\n') {
                    sb.append("\\n");
                } else {
                    sb.append(c);
                }
            }
            sb.append('\n').append("# TYPE ").append(name).append(' ').append(f.type).append('\n');
            f.samples.stream().sorted().forEach(s -> sb.append(s).append('\n'));
        });
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void escape(StringBuilder sb, String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                case '\n' -> sb.append("\\n");
                default -> sb.append(c);
            }
        }
    }

    static String format(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
