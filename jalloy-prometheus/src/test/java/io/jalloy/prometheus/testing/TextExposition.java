package io.jalloy.prometheus.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A deliberately simple, independent reader of the Prometheus text format 0.0.4, so peer tests
 * check the product's parser against something that is not the product's parser. It keeps each
 * sample's family type so {@code le} and {@code quantile} can be normalised the way Alloy (on
 * Prometheus 3's scrape code) stores them: {@code le="1"} becomes {@code le="1.0"}.
 */
public final class TextExposition {
    /** One sample line: the labels including {@code __name__}, and the value. */
    public record Sample(Map<String, String> labels, double value, String type) {
        public String name() {
            return labels.get("__name__");
        }
    }

    private TextExposition() {}

    /** The sample lines of {@code text} in order, with {@code extra} labels added to each. */
    public static List<Sample> parse(String text, Map<String, String> extra) {
        List<Sample> out = new ArrayList<>();
        Map<String, String> types = new HashMap<>();
        String lastType = "untyped";
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                String[] f = line.split(" ", 4);
                if (f.length == 4 && f[1].equals("TYPE")) {
                    types.put(f[2], f[3].trim());
                    lastType = f[3].trim();
                }
                continue;
            }
            Map<String, String> labels = new TreeMap<>();
            int i = 0;
            while (i < line.length() && line.charAt(i) != '{' && line.charAt(i) != ' ') {
                i++;
            }
            labels.put("__name__", line.substring(0, i));
            if (i < line.length() && line.charAt(i) == '{') {
                i++;
                while (line.charAt(i) != '}') {
                    int eq = line.indexOf('=', i);
                    String name = line.substring(i, eq).trim();
                    StringBuilder v = new StringBuilder();
                    int j = eq + 2; // past ="
                    while (line.charAt(j) != '"') {
                        char c = line.charAt(j);
                        if (c == '\\') {
                            char n = line.charAt(++j);
                            v.append(n == 'n' ? '\n' : n);
                        } else {
                            v.append(c);
                        }
                        j++;
                    }
                    if (!v.isEmpty()) { // an empty label is an absent label to Prometheus
                        labels.put(name, v.toString());
                    }
                    i = j + 1;
                    if (line.charAt(i) == ',') {
                        i++;
                    }
                }
                i++;
            }
            String[] rest = line.substring(i).trim().split(" ");
            String type = types.getOrDefault(labels.get("__name__"), lastType);
            normalise(labels, lastType);
            labels.putAll(extra);
            out.add(new Sample(labels, PromQlSeries.value(rest[0]), type));
        }
        return out;
    }

    private static void normalise(Map<String, String> labels, String type) {
        String key = type.equals("histogram") ? "le" : type.equals("summary") ? "quantile" : null;
        String v = key == null ? null : labels.get(key);
        if (v == null) {
            return;
        }
        double d = PromQlSeries.value(v);
        if (Double.isInfinite(d) || Double.isNaN(d)) {
            labels.put(key, d > 0 ? "+Inf" : d < 0 ? "-Inf" : "NaN");
        } else if (Math.abs(d) >= 1e6 || d != 0 && Math.abs(d) < 1e-4) {
            throw new IllegalArgumentException("bound " + v + " needs Go's exponent form; keep fixtures simpler");
        } else if (d == Math.rint(d)) {
            labels.put(key, (long) d + ".0");
        } else {
            labels.put(key, BigDecimal.valueOf(d).stripTrailingZeros().toPlainString());
        }
    }
}
