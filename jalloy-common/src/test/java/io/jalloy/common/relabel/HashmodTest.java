package io.jalloy.common.relabel;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.labels.Labels;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code hashmod} agrees with Prometheus: last 8 bytes of MD5, big-endian unsigned, modulo. */
class HashmodTest {

    // Prometheus's definition, computed independently with BigInteger arithmetic.
    private static String expected(String value, long modulus) throws Exception {
        byte[] md5 = MessageDigest.getInstance("MD5").digest(value.getBytes(StandardCharsets.UTF_8));
        BigInteger last8 = new BigInteger(1, Arrays.copyOfRange(md5, 8, 16));
        return last8.mod(new BigInteger(Long.toUnsignedString(modulus))).toString();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" mod {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "baz                | 1000",
        "'foo\nbar'         | 1000",
        "10.0.0.1:9100      | 4",
        "''                 | 7",
        "ünïcödé            | 97",
        "host-a;9090        | 18446744073709551615",
    })
    void matchesPrometheusDefinition(String value, String modulusText) throws Exception {
        long modulus = Long.parseUnsignedLong(modulusText);
        RelabelRule rule = RelabelRule.defaults().withAction(Action.HASHMOD).withSourceLabels("v")
                .withTargetLabel("shard").withModulus(modulus);
        Labels out = RelabelRules.compile(java.util.List.of(rule)).process(Labels.of("v", value));
        assertThat(out.get("shard")).isEqualTo(expected(value, modulus));
    }

    @Test
    void knownValuesFromPrometheusTests() throws Exception {
        // Prometheus's own test data: "baz" gives 976 and "foo\nbar" gives 734 modulo 1000.
        RelabelRules rules = RuleText.compile("""
                rule {
                  source_labels = ["c"]
                  target_label  = "d"
                  modulus       = 1000
                  action        = "hashmod"
                }
                """);
        assertThat(rules.process(Labels.of("c", "baz")).get("d")).isEqualTo("976");
        assertThat(rules.process(Labels.of("c", "foo\nbar")).get("d")).isEqualTo("734");
    }
}
