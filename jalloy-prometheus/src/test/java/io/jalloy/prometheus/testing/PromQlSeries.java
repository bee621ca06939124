package io.jalloy.prometheus.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One series of a Prometheus HTTP API query result, with its samples in time order. Values keep
 * Prometheus's text form parsed back to doubles ({@code NaN}, {@code +Inf}, {@code -Inf} included).
 */
public record PromQlSeries(Map<String, String> labels, List<Point> points) {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** One sample: its timestamp in milliseconds and its value. */
    public record Point(long timestampMs, double value) {}

    /** The metric name. */
    public String name() {
        return labels.get("__name__");
    }

    /** The labels without those in {@code drop}. */
    public Map<String, String> labelsWithout(String... drop) {
        Map<String, String> m = new TreeMap<>(labels);
        for (String d : drop) {
            m.remove(d);
        }
        return m;
    }

    /** Parses a {@code /api/v1/query} answer holding a vector or a matrix. */
    static List<PromQlSeries> parse(String body) throws IOException {
        JsonNode root = JSON.readTree(body);
        if (!"success".equals(root.path("status").asText())) {
            throw new IllegalStateException("query failed: " + body);
        }
        JsonNode data = root.path("data");
        String type = data.path("resultType").asText();
        List<PromQlSeries> out = new ArrayList<>();
        for (JsonNode s : data.path("result")) {
            Map<String, String> labels = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = s.path("metric").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                labels.put(e.getKey(), e.getValue().asText());
            }
            List<Point> points = new ArrayList<>();
            if (type.equals("matrix")) {
                for (JsonNode p : s.path("values")) {
                    points.add(point(p));
                }
            } else if (type.equals("vector")) {
                points.add(point(s.path("value")));
            } else {
                throw new IllegalStateException("unexpected result type " + type);
            }
            out.add(new PromQlSeries(labels, List.copyOf(points)));
        }
        return out;
    }

    private static Point point(JsonNode p) {
        long ms = new BigDecimal(p.get(0).asText()).movePointRight(3).longValueExact();
        return new Point(ms, value(p.get(1).asText()));
    }

    /** A value as Prometheus writes it in JSON and in the text exposition format. */
    public static double value(String text) {
        return switch (text) {
            case "NaN", "Nan", "nan" -> Double.NaN;
            case "+Inf", "Inf", "+inf", "inf" -> Double.POSITIVE_INFINITY;
            case "-Inf", "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }
}
