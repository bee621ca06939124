package io.jalloy.loki.source.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jalloy.common.labels.Labels;
import io.jalloy.loki.api.LogEntry;
import io.jalloy.loki.internal.LabelsParser;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Loki's JSON push body: {@code {"streams":[{"stream":{..},"values":[["<ns>","line",{..}]]}]}},
 * and the older {@code {"streams":[{"labels":"{..}","entries":[{"ts":"<RFC3339>","line":".."}]}]}}.
 */
final class JsonPush {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonPush() {}

    /** Parses a body; a malformed one throws with a reason for the 400 answer. */
    static List<LogEntry> parse(byte[] body) throws IOException {
        JsonNode root = MAPPER.readTree(body);
        JsonNode streams = root == null ? null : root.get("streams");
        List<LogEntry> out = new ArrayList<>();
        if (streams == null || !streams.isArray()) {
            return out;
        }
        for (JsonNode stream : streams) {
            if (stream.has("stream") || stream.has("values")) {
                readValues(stream, out);
            } else {
                readEntries(stream, out);
            }
        }
        return out;
    }

    private static void readValues(JsonNode stream, List<LogEntry> out) {
        Labels labels = object(stream.get("stream"));
        JsonNode values = stream.get("values");
        if (values == null) {
            return;
        }
        for (JsonNode v : values) {
            if (!v.isArray() || v.size() < 2) {
                throw new IllegalArgumentException("each value must be an array of a timestamp and a line");
            }
            long ts = Long.parseLong(v.get(0).asText());
            Labels md = v.size() > 2 ? object(v.get(2)) : Labels.EMPTY;
            out.add(new LogEntry(labels, ts, v.get(1).asText(), md));
        }
    }

    private static void readEntries(JsonNode stream, List<LogEntry> out) {
        Labels labels = LabelsParser.parse(stream.path("labels").asText("{}"));
        for (JsonNode e : stream.path("entries")) {
            Instant ts = Instant.parse(e.path("ts").asText());
            long nanos = ts.getEpochSecond() * 1_000_000_000L + ts.getNano();
            out.add(LogEntry.of(labels, nanos, e.path("line").asText()));
        }
    }

    private static Labels object(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Labels.EMPTY;
        }
        Labels.Builder b = new Labels.Builder();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            b.set(f.getKey(), f.getValue().asText());
        }
        return b.build();
    }
}
