package io.jalloy.loki.process.stages;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.loki.process.SharedData;
import org.junit.jupiter.api.Test;

/** {@code stage.geoip} against the small MaxMind test databases from Alloy's own test data. */
class GeoIpStageTest {

    private static Harness.Out lookup(String db, String type, String ip) throws Exception {
        String path = SharedData.alloy("components/loki/process/stages/testdata/" + db).toString();
        Harness h = new Harness("stage.json {\n expressions = {ip = \"client_ip\"}\n}\nstage.geoip {\n source = \"ip\"\n db = \""
                + path + "\"\n" + (type.isEmpty() ? "" : " db_type = \"" + type + "\"\n") + "}");
        var out = h.one("{\"log\":\"log message\",\"client_ip\":\"" + ip + "\"}");
        h.stages.forEach(Stage::close);
        return out;
    }

    @Test
    void cityLookupsFillTheCityFields() throws Exception {
        assertThat(lookup("geoip_maxmind_city.mmdb", "city", "192.0.2.1").extracted())
                .containsEntry("geoip_city_name", "London")
                .containsEntry("geoip_country_name", "United Kingdom")
                .containsEntry("geoip_country_code", "GB")
                .containsEntry("geoip_continent_name", "Europe")
                .containsEntry("geoip_continent_code", "EU")
                .containsEntry("geoip_location_latitude", (double) 51.5142f)
                .containsEntry("geoip_location_longitude", (double) -0.0931f)
                .containsEntry("geoip_postal_code", "OX1")
                .containsEntry("geoip_timezone", "Europe/London")
                .containsEntry("geoip_subdivision_name", "England")
                .containsEntry("geoip_subdivision_code", "ENG");
    }

    @Test
    void asnAndCountryLookupsFillTheirFields() throws Exception {
        assertThat(lookup("geoip_maxmind_asn.mmdb", "asn", "192.0.2.1").extracted())
                .containsEntry("geoip_autonomous_system_number", "1337")
                .containsEntry("geoip_autonomous_system_organization", "Just a Test");
        assertThat(lookup("geoip_maxmind_country.mmdb", "", "192.0.2.1").extracted())
                .containsEntry("geoip_country_name", "United Kingdom")
                .containsEntry("geoip_country_code", "GB")
                .containsEntry("geoip_continent_code", "EU")
                .doesNotContainKey("geoip_city_name");
    }

    @Test
    void customLookupsRunJmesPathOverTheRecord() throws Exception {
        String path = SharedData.alloy("components/loki/process/stages/testdata/geoip_maxmind_city.mmdb").toString();
        Harness h = new Harness("stage.geoip {\n source = \"ip\"\n db = \"" + path + "\"\n db_type = \"city\"\n"
                + " custom_lookups = { \"tz\" = \"location.time_zone\", \"reg\" = \"registered_country.iso_code\" }\n}\n"
                + "stage.static_labels {\n values = { ip = \"192.0.2.9\" }\n}");
        h.run(Harness.entry(io.jalloy.common.labels.Labels.of("ip", "192.0.2.9"), "x"));
        assertThat(h.out.get(0).extracted()).containsEntry("tz", "Europe/London").containsEntry("reg", "US");
        h.stages.forEach(Stage::close);
    }

    @Test
    void unknownAddressesAndHostNamesAddNothing() throws Exception {
        assertThat(lookup("geoip_maxmind_city.mmdb", "city", "10.0.0.1").extracted()).doesNotContainKey("geoip_city_name");
        assertThat(lookup("geoip_maxmind_city.mmdb", "city", "example.com").extracted()).doesNotContainKey("geoip_city_name");
    }

    @Test
    void configurationErrors() throws Exception {
        assertThat(Harness.error("stage.geoip {\n source = \"ip\"\n db = \"\"\n}")).isEqualTo("db path cannot be empty");
        assertThat(Harness.error("stage.geoip {\n source = \"ip\"\n db = \"/nonexistent.mmdb\"\n}")).startsWith("failed to open db");
    }
}
