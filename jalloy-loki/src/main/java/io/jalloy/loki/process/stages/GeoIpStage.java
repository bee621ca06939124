package io.jalloy.loki.process.stages;

import com.fasterxml.jackson.databind.JsonNode;
import com.maxmind.db.Reader;
import io.burt.jmespath.Expression;
import io.burt.jmespath.JmesPath;
import io.burt.jmespath.jackson.JacksonRuntime;
import io.jalloy.loki.process.internal.GoJson;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;

/**
 * {@code stage.geoip}: looks the IP address in extracted value {@code source} up in a MaxMind
 * database and adds the {@code geoip_*} fields of its type (city, country or asn, read from the
 * database when {@code db_type} is unset), plus any {@code custom_lookups} (JMESPath over the
 * raw record).
 */
final class GeoIpStage extends EntryStage {
    private static final JmesPath<JsonNode> JMESPATH = new JacksonRuntime();

    private final Reader reader;
    private final String source;
    private final String type;
    private final String[] customNames;
    private final Expression<JsonNode>[] customExpressions;
    private final StageContext ctx;

    @SuppressWarnings("unchecked")
    GeoIpStage(GeoIpConfig c, StageContext ctx) throws StageException {
        if (c.db() == null || c.db().isEmpty()) {
            throw new StageException("db path cannot be empty");
        }
        if (c.source() == null || c.source().isEmpty()) {
            throw new StageException("source cannot be empty");
        }
        String t = c.dbType() == null ? "" : c.dbType();
        if (!t.isEmpty() && !List.of("city", "asn", "country").contains(t)) {
            throw new StageException("db type should be one of city, asn or country");
        }
        Map<String, String> custom = c.customLookups() == null ? Map.of() : c.customLookups();
        customNames = custom.keySet().toArray(new String[0]);
        customExpressions = new Expression[customNames.length];
        for (int i = 0; i < customNames.length; i++) {
            try {
                customExpressions[i] = JMESPATH.compile(custom.get(customNames[i]));
            } catch (RuntimeException e) {
                throw new StageException("failed to compile custom lookup " + customNames[i] + ": " + e.getMessage());
            }
        }
        try {
            reader = new Reader(new File(c.db()));
        } catch (IOException e) {
            throw new StageException("failed to open db " + c.db() + ": " + e.getMessage());
        }
        if (t.isEmpty()) {
            String dbType = reader.getMetadata().getDatabaseType();
            t = dbType.contains("City") ? "city" : dbType.contains("ASN") ? "asn" : dbType.contains("Country") ? "country" : "";
            if (t.isEmpty()) {
                closeQuietly();
                throw new StageException("unknown db type " + dbType);
            }
        }
        type = t;
        source = c.source();
        this.ctx = ctx;
    }

    @Override
    protected boolean apply(EntryState e) {
        Object v = e.extracted.get(source);
        if (v == null) {
            return true;
        }
        InetAddress ip = literal(Values.asString(v));
        if (ip == null) {
            ctx.debug("geoip: invalid IP address " + v);
            return true;
        }
        Map<String, Object> record;
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> r = reader.get(ip, Map.class);
            record = r;
        } catch (IOException ex) {
            ctx.debug("geoip: lookup failed: " + ex.getMessage());
            return true;
        }
        if (record == null) {
            return true;
        }
        switch (type) {
            case "asn" -> {
                put(e, "geoip_autonomous_system_number", at(record, "autonomous_system_number"));
                put(e, "geoip_autonomous_system_organization", at(record, "autonomous_system_organization"));
            }
            case "country" -> country(e, record);
            default -> {
                put(e, "geoip_city_name", at(record, "city", "names", "en"));
                country(e, record);
                put(e, "geoip_location_latitude", at(record, "location", "latitude"));
                put(e, "geoip_location_longitude", at(record, "location", "longitude"));
                put(e, "geoip_postal_code", at(record, "postal", "code"));
                put(e, "geoip_timezone", at(record, "location", "time_zone"));
                if (record.get("subdivisions") instanceof List<?> subs && !subs.isEmpty()
                        && subs.get(0) instanceof Map<?, ?> sub) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> s = (Map<String, Object>) sub;
                    put(e, "geoip_subdivision_name", at(s, "names", "en"));
                    put(e, "geoip_subdivision_code", at(s, "iso_code"));
                }
            }
        }
        if (customNames.length > 0) {
            JsonNode tree = GoJson.MAPPER.valueToTree(record);
            for (int i = 0; i < customNames.length; i++) {
                JsonNode r = customExpressions[i].search(tree);
                if (r != null && !r.isNull() && !r.isMissingNode()) {
                    e.extracted.put(customNames[i], JsonStage.toExtracted(r));
                }
            }
        }
        return true;
    }

    private static void country(EntryState e, Map<String, Object> record) {
        put(e, "geoip_country_name", at(record, "country", "names", "en"));
        put(e, "geoip_country_code", at(record, "country", "iso_code"));
        put(e, "geoip_continent_name", at(record, "continent", "names", "en"));
        put(e, "geoip_continent_code", at(record, "continent", "code"));
    }

    private static void put(EntryState e, String key, Object v) {
        if (v == null || (v instanceof String s && s.isEmpty())) {
            return;
        }
        if (v instanceof Float || v instanceof java.math.BigDecimal) {
            v = ((Number) v).doubleValue();
        } else if (v instanceof Number n && !(v instanceof Double)) {
            v = n.toString(); // Alloy keeps the unsigned integer; as text it reads the same
        }
        e.extracted.put(key, v);
    }

    private static Object at(Map<String, Object> m, String... path) {
        Object cur = m;
        for (String p : path) {
            if (!(cur instanceof Map<?, ?> map)) {
                return null;
            }
            cur = map.get(p);
        }
        return cur;
    }

    // Parses an IP literal without ever resolving a host name.
    private static InetAddress literal(String s) {
        if (s.isEmpty()) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = Character.digit(c, 16) >= 0 || c == '.' || c == ':';
            if (!ok) {
                return null;
            }
        }
        if (s.indexOf(':') < 0 && s.chars().anyMatch(Character::isLetter)) {
            return null;
        }
        try {
            return InetAddress.getByName(s);
        } catch (IOException e) {
            return null;
        }
    }

    private void closeQuietly() {
        try {
            reader.close();
        } catch (IOException ignored) {
            // nothing to do: the stage is being discarded
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }
}
