package io.jalloy.loki.process.stages;

import io.jalloy.syntax.decode.Attr;
import java.util.Map;

/** {@code stage.geoip}: looks an extracted IP address up in a MaxMind database. */
public record GeoIpConfig(
        @Attr("db") String db,
        @Attr("source") String source,
        @Attr(value = "db_type", optional = true) String dbType,
        @Attr(value = "custom_lookups", optional = true) Map<String, String> customLookups) {}
