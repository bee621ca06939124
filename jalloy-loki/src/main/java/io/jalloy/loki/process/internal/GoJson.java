package io.jalloy.loki.process.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * JSON as Go's {@code encoding/json} reads and writes it: one shared mapper, and a compact writer
 * that sorts object keys and escapes {@code <}, {@code >} and {@code &} as Go's Marshal does.
 */
public final class GoJson {
    /** Thread-safe once configured. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private GoJson() {}

    /** Parses text, or returns null when it is not JSON. */
    public static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            return null;
        }
    }

    /** Go's {@code json.Marshal} of a decoded value: sorted keys, no spaces. */
    public static String marshal(JsonNode node) {
        StringBuilder sb = new StringBuilder();
        write(sb, node);
        return sb.toString();
    }

    private static void write(StringBuilder sb, JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            sb.append("null");
        } else if (n.isObject()) {
            List<String> keys = new ArrayList<>();
            n.fieldNames().forEachRemaining(keys::add);
            Collections.sort(keys);
            sb.append('{');
            for (int i = 0; i < keys.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                quote(sb, keys.get(i));
                sb.append(':');
                write(sb, n.get(keys.get(i)));
            }
            sb.append('}');
        } else if (n.isArray()) {
            sb.append('[');
            Iterator<JsonNode> it = n.elements();
            boolean first = true;
            while (it.hasNext()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                write(sb, it.next());
            }
            sb.append(']');
        } else if (n.isTextual()) {
            quote(sb, n.textValue());
        } else if (n.isNumber()) {
            sb.append(io.jalloy.loki.process.internal.GoFloat.format(n.doubleValue()));
        } else {
            sb.append(n.asText());
        }
    }

    /** Writes a map of strings as a JSON object with sorted keys. */
    public static String marshalStrings(Map<String, String> m) {
        List<String> keys = new ArrayList<>(m.keySet());
        Collections.sort(keys);
        StringBuilder sb = new StringBuilder().append('{');
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            quote(sb, keys.get(i));
            sb.append(':');
            quote(sb, m.get(keys.get(i)));
        }
        return sb.append('}').toString();
    }

    /** Appends a Go-escaped JSON string. */
    public static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> sb.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
