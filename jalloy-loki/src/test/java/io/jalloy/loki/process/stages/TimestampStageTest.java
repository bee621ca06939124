package io.jalloy.loki.process.stages;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.labels.Labels;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code stage.timestamp} with Go's named layouts, Unix formats, custom layouts and failure actions. */
class TimestampStageTest {

    private static long parse(String format, String value, String location) throws Exception {
        Harness h = new Harness("stage.logfmt {\n mapping = { time = \"\" }\n}\nstage.timestamp {\n source = \"time\"\n format = \""
                + format + "\"\n" + (location.isEmpty() ? "" : " location = \"" + location + "\"\n") + " action_on_failure = \"skip\"\n}");
        return h.one("time=\"" + value + "\"").entry().timestampNanos();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "RFC3339|2024-12-20T09:14:58+02:00||2024-12-20T07:14:58Z",
        "RFC3339|2019-04-30T02:12:41.8443515Z||2019-04-30T02:12:41.8443515Z",
        "RFC3339Nano|2019-04-30T02:12:41.8443515Z||2019-04-30T02:12:41.8443515Z",
        "ANSIC|Mon Jan  2 15:04:05 2006||2006-01-02T15:04:05Z",
        "UnixDate|Mon Jan  2 15:04:05 UTC 2006||2006-01-02T15:04:05Z",
        "RubyDate|Mon Jan 02 15:04:05 -0700 2006||2006-01-02T22:04:05Z",
        "RFC822|02 Jan 06 15:04 UTC||2006-01-02T15:04:00Z",
        "RFC822Z|02 Jan 06 15:04 -0700||2006-01-02T22:04:00Z",
        "RFC850|Monday, 02-Jan-06 15:04:05 UTC||2006-01-02T15:04:05Z",
        "RFC1123|Mon, 02 Jan 2006 15:04:05 UTC||2006-01-02T15:04:05Z",
        "RFC1123Z|Mon, 02 Jan 2006 15:04:05 -0700||2006-01-02T22:04:05Z",
        "Unix|1562708916||2019-07-09T21:48:36Z",
        "Unix|1562708916.000000123||2019-07-09T21:48:36.000000123Z",
        "UnixMs|1562708916414||2019-07-09T21:48:36.414Z",
        "UnixUs|1562708916414123||2019-07-09T21:48:36.414123Z",
        "UnixNs|1562708916000000123||2019-07-09T21:48:36.000000123Z",
        "2006-01-02T15:04:05,000-07:00|2024-12-20T09:14:58,381+02:00||2024-12-20T07:14:58.381Z",
        "2006-01-02 15:04:05.999|2024-01-02 03:04:05||2024-01-02T03:04:05Z",
        "2006-01-02 15:04:05.999|2024-01-02 03:04:05.12||2024-01-02T03:04:05.120Z",
        "02/Jan/2006:15:04:05 -0700|10/Oct/2000:13:55:36 -0700||2000-10-10T20:55:36Z",
        "2006-01-02 15:04:05|2024-03-01 10:00:00|America/New_York|2024-03-01T15:00:00Z",
        "2006-01-02 3:04:05 PM|2024-03-01 1:02:03 PM||2024-03-01T13:02:03Z",
        "Jan _2 15:04:05|Mar  7 10:00:00||2024-03-07T10:00:00Z",
        "2006-01-02T15:04:05Z0700|2024-03-01T10:00:00Z||2024-03-01T10:00:00Z",
    })
    void parsesLikeGo(String format, String value, String location, String expected) throws Exception {
        Instant want = Instant.parse(expected);
        assertThat(parse(format, value, location == null ? "" : location))
                .isEqualTo(want.getEpochSecond() * 1_000_000_000L + want.getNano());
    }

    @Test
    void aYearlessLayoutInJanuaryKeepsDecemberInLastYear() throws Exception {
        var clock = java.time.Clock.fixed(Instant.parse("2025-01-02T00:00:00Z"), java.time.ZoneOffset.UTC);
        Harness h = new Harness("stage.logfmt {\n mapping = { time = \"\" }\n}\nstage.timestamp {\n source = \"time\"\n"
                + " format = \"Jan _2 15:04:05\"\n}", clock, () -> 0.5);
        assertThat(h.one("time=\"Dec 31 23:00:00\"").entry().timestampNanos()).isEqualTo(Harness.nanos("2024-12-31T23:00:00Z"));
    }

    @Test
    void fallbackFormatsAreTriedInOrder() throws Exception {
        Harness h = new Harness("stage.logfmt {\n mapping = { time = \"\" }\n}\nstage.timestamp {\n source = \"time\"\n"
                + " format = \"RFC3339\"\n fallback_formats = [\"UnixMs\", \"2006-01-02\"]\n}");
        assertThat(h.one("time=1562708916414").entry().timestampNanos()).isEqualTo(Harness.nanos("2019-07-09T21:48:36.414Z"));
        assertThat(h.one("time=2020-02-03").entry().timestampNanos()).isEqualTo(Harness.nanos("2020-02-03T00:00:00Z"));
    }

    @Test
    void fudgeMovesUnparsableEntriesOneNanosecondPastTheLastGoodOne() throws Exception {
        Harness h = new Harness("stage.logfmt {\n mapping = { time = \"\" }\n}\nstage.timestamp {\n source = \"time\"\n format = \"RFC3339\"\n}");
        Labels l = Labels.of("job", "a");
        var out = h.run(Harness.entry(l, "time=2020-01-01T00:00:00Z"), Harness.entry(l, "time=bad"), Harness.entry(l, "none"),
                Harness.entry(Labels.of("job", "b"), "time=bad"));
        long good = Harness.nanos("2020-01-01T00:00:00Z");
        assertThat(out).extracting(o -> o.entry().timestampNanos())
                .containsExactly(good, good + 1, good + 2, Harness.nanos("2024-06-15T12:00:00Z"));
    }

    @Test
    void skipKeepsTheOriginalTimestamp() throws Exception {
        assertThat(parse("RFC3339", "garbage", "")).isEqualTo(Harness.nanos("2024-06-15T12:00:00Z"));
    }

    @Test
    void configurationErrorsUseAlloysTexts() throws Exception {
        assertThat(Harness.error("stage.timestamp {\n source = \"t\"\n format = \"RFC3339\"\n location = \"Mars/Base\"\n}"))
                .isEqualTo("invalid location specified: %v: unknown time zone Mars/Base");
        assertThat(Harness.error("stage.timestamp {\n source = \"t\"\n format = \"RFC3339\"\n action_on_failure = \"x\"\n}"))
                .isEqualTo("invalid action on failure (supported values are [skip fudge])");
        assertThat(Harness.error("stage.timestamp {\n source = \"t\"\n format = \"\"\n}")).isEqualTo("timestamp format is required");
    }
}
