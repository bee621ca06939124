package io.jalloy.prometheus.testing;

import io.jalloy.prometheus.internal.exposition.Exemplar;
import io.jalloy.prometheus.internal.exposition.ExpositionSink;
import io.jalloy.prometheus.internal.exposition.HelpEscapes;
import io.jalloy.prometheus.internal.exposition.PromTextParser;
import io.jalloy.prometheus.internal.exposition.Series;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The shape of a text exposition: label names (with non-empty values) per metric name, HELP texts, first values. */
public final class ExpositionShape {
    public final Map<String, Set<String>> labelNames = new TreeMap<>();
    public final Map<String, String> help = new TreeMap<>();
    public final Map<String, Double> firstValue = new HashMap<>();

    public static ExpositionShape of(byte[] text) {
        ExpositionShape shape = new ExpositionShape();
        var result = new PromTextParser().parse(text, 0, text.length, new ExpositionSink() {
            @Override
            public void help(byte[] buf, int nameOff, int nameLen, int textOff, int textLen, HelpEscapes escapes) {
                shape.help.put(new String(buf, nameOff, nameLen, StandardCharsets.UTF_8),
                        new String(buf, textOff, textLen, StandardCharsets.UTF_8));
            }

            @Override
            public void sample(Series s, double value, long timestampMs, Exemplar exemplar) {
                Set<String> names = shape.labelNames.computeIfAbsent(s.name(), n -> new TreeSet<>());
                for (int i = 0; i < s.labels().count(); i++) {
                    if (!s.labels().value(i).isEmpty()) {
                        names.add(s.labels().name(i));
                    }
                }
                shape.firstValue.putIfAbsent(s.toString(), value);
            }
        });
        if (!result.ok()) {
            throw new AssertionError("exposition does not parse: " + result);
        }
        return shape;
    }

    /** A copy without the families whose names start with one of {@code prefixes}. */
    public ExpositionShape without(String... prefixes) {
        ExpositionShape out = new ExpositionShape();
        labelNames.forEach((k, v) -> {
            if (!startsWithAny(k, prefixes)) {
                out.labelNames.put(k, v);
            }
        });
        help.forEach((k, v) -> {
            if (!startsWithAny(k, prefixes)) {
                out.help.put(k, v);
            }
        });
        out.firstValue.putAll(firstValue);
        return out;
    }

    private static boolean startsWithAny(String s, String... prefixes) {
        for (String p : prefixes) {
            if (s.startsWith(p)) {
                return true;
            }
        }
        return false;
    }
}
