package io.jalloy.cli.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** Reads the UI API's JSON: component ids, health, and export values by name. */
public final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Api() {}

    /** The local ids listed by {@code /api/v0/web/components}. */
    public static List<String> componentIds(JalloyProcess p) throws Exception {
        List<String> ids = new ArrayList<>();
        for (JsonNode c : JSON.readTree(p.get("/api/v0/web/components").body())) {
            ids.add(c.get("localID").asText());
        }
        return ids;
    }

    /** One component's detail, as {@code /api/v0/web/components/ID} answers it. */
    public static JsonNode component(JalloyProcess p, String id) throws Exception {
        return JSON.readTree(p.get("/api/v0/web/components/" + id).body());
    }

    /** The scalar value of export {@code name} of component {@code id}, as text; null when absent. */
    public static String export(JalloyProcess p, String id, String name) throws Exception {
        for (JsonNode e : component(p, id).path("exports")) {
            if (e.path("name").asText().equals(name)) {
                return e.path("value").path("value").asText();
            }
        }
        return null;
    }

    /** The health state of component {@code id}. */
    public static String health(JalloyProcess p, String id) throws Exception {
        return component(p, id).path("health").path("state").asText();
    }
}
