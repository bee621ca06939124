package io.jalloy.runtime.http.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.jalloy.component.Health;
import io.jalloy.runtime.ComponentInfo;
import io.jalloy.runtime.render.AlloyJson;
import io.jalloy.runtime.render.BodyEncoder;
import io.jalloy.runtime.render.BodyStatement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A component as Alloy's API marshals it: {@code name, type, localID, moduleID, label,
 * referencesTo, referencedBy, health{state,message,updatedTime}, original, arguments, exports,
 * debugInfo, liveDebuggingEnabled}, in that order. The list leaves arguments and exports empty, as
 * Alloy's does.
 */
final class ComponentJson {

    // Jackson loads on the first API request, not when the HTTP server starts.
    private static final class Json {
        static final JsonFactory FACTORY = new JsonFactory();
    }
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private final BodyEncoder bodies;

    ComponentJson(BodyEncoder bodies) {
        this.bodies = bodies;
    }

    byte[] list(List<ComponentInfo> components) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
            g.writeStartArray();
            for (ComponentInfo c : components) {
                write(g, c, false);
            }
            g.writeEndArray();
        }
        return out.toByteArray();
    }

    byte[] detail(ComponentInfo c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
            write(g, c, true);
        }
        return out.toByteArray();
    }

    private void write(JsonGenerator g, ComponentInfo c, boolean withValues) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", c.componentName());
        g.writeStringField("type", "block");
        g.writeStringField("localID", c.localId());
        g.writeStringField("moduleID", c.moduleId());
        if (!c.label().isEmpty()) {
            g.writeStringField("label", c.label());
        }
        strings(g, "referencesTo", c.referencesTo());
        strings(g, "referencedBy", c.referencedBy());
        Health h = c.health();
        g.writeObjectFieldStart("health");
        g.writeStringField("state", h.state().text());
        g.writeStringField("message", h.message());
        g.writeStringField("updatedTime", rfc3339Nano(h.updateTime()));
        g.writeEndObject();
        g.writeStringField("original", "");
        g.writeFieldName("arguments");
        AlloyJson.writeBody(g, withValues ? bodies.encode(c.arguments()) : List.<BodyStatement>of());
        g.writeFieldName("exports");
        AlloyJson.writeBody(g, withValues ? bodies.encode(c.exports()) : List.<BodyStatement>of());
        g.writeFieldName("debugInfo");
        AlloyJson.writeBody(g, List.of());
        g.writeBooleanField("liveDebuggingEnabled", false);
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** Go's {@code time.RFC3339Nano} in UTC: fraction without trailing zeros, {@code Z} suffix. */
    static String rfc3339Nano(Instant t) {
        StringBuilder sb = new StringBuilder(SECONDS.format(t));
        int nanos = t.getNano();
        if (nanos != 0) {
            String digits = Integer.toString(nanos + 1_000_000_000).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            sb.append('.').append(digits, 0, end);
        }
        return sb.append('Z').toString();
    }
}
