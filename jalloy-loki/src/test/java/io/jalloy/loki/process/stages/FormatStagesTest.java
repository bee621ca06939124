package io.jalloy.loki.process.stages;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.labels.Labels;
import io.jalloy.loki.api.LogEntry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code cri}, {@code docker}, {@code multiline}, {@code pattern}, {@code eventlogmessage}, {@code windowsevent}, {@code split_json}. */
class FormatStagesTest {

    @Test
    void criParsesTheDocumentedLine() throws Exception {
        Harness h = new Harness("stage.cri {}");
        var out = h.one("2019-04-30T02:12:41.8443515Z stdout F message");
        assertThat(out.line()).isEqualTo("message");
        assertThat(out.labels()).containsEntry("stream", "stdout");
        assertThat(out.extracted()).containsEntry("content", "message").containsEntry("stream", "stdout")
                .containsEntry("flags", "F").containsEntry("time", "2019-04-30T02:12:41.8443515Z");
        assertThat(out.entry().timestampNanos()).isEqualTo(Harness.nanos("2019-04-30T02:12:41.8443515Z"));
    }

    @Test
    void criJoinsPartialLinesPerStream() throws Exception {
        Harness h = new Harness("stage.cri {\n max_partial_line_size = 8\n max_partial_line_size_truncate = true\n}");
        var out = h.run(Harness.entry("2019-05-07T18:57:50.904275087+00:00 stdout P part1 "),
                Harness.entry("2019-05-07T18:57:50.904275087+00:00 stdout P part2 "),
                Harness.entry("2019-05-07T18:57:55.904275087+00:00 stdout F end"),
                Harness.entry("2019-05-07T18:57:55.904275087+00:00 stderr F alone"));
        assertThat(out).extracting(Harness.Out::line).containsExactly("part1 pa", "alone");
    }

    @Test
    void dockerParsesTheDocumentedLine() throws Exception {
        Harness h = new Harness("stage.docker {}");
        var out = h.one("{\"log\":\"log message\\n\",\"stream\":\"stderr\",\"time\":\"2019-04-30T02:12:41.8443515Z\"}");
        assertThat(out.line()).isEqualTo("log message\n");
        assertThat(out.labels()).containsEntry("stream", "stderr");
        assertThat(out.extracted()).containsEntry("output", "log message\n").containsEntry("stream", "stderr")
                .containsEntry("timestamp", "2019-04-30T02:12:41.8443515Z");
        assertThat(out.entry().timestampNanos()).isEqualTo(Harness.nanos("2019-04-30T02:12:41.8443515Z"));
    }

    @Test
    void multilineJoinsATracebackIntoItsBlock() throws Exception {
        FilterStagesTest.ManualClock clock = new FilterStagesTest.ManualClock();
        Harness h = new Harness("""
                stage.multiline {
                    firstline     = "^\\\\[\\\\d{4}-\\\\d{2}-\\\\d{2} \\\\d{1,2}:\\\\d{2}:\\\\d{2}\\\\]"
                    max_wait_time = "10s"
                }
                """, clock, () -> 0.5);
        var out = h.run(Harness.entry("[2023-01-18 17:41:21] \"GET /hello HTTP/1.1\" 200 -"),
                Harness.entry("[2023-01-18 17:41:25] ERROR in app: Exception on /error [GET]"),
                Harness.entry("Traceback (most recent call last):"),
                Harness.entry("Exception: Sorry, this route always breaks"),
                Harness.entry("[2023-01-18 17:42:24] \"GET /error HTTP/1.1\" 500 -"));
        assertThat(out).extracting(Harness.Out::line).containsExactly(
                "[2023-01-18 17:41:21] \"GET /hello HTTP/1.1\" 200 -",
                "[2023-01-18 17:41:25] ERROR in app: Exception on /error [GET]\nTraceback (most recent call last):\n"
                        + "Exception: Sorry, this route always breaks");
        h.out.clear();
        h.stages.get(0).flush(h.ctx.nowNanos(), false);
        assertThat(h.out).isEmpty();
        clock.advance(Duration.ofSeconds(10));
        h.stages.get(0).flush(h.ctx.nowNanos(), false);
        assertThat(h.out).extracting(Harness.Out::line).containsExactly("[2023-01-18 17:42:24] \"GET /error HTTP/1.1\" 500 -");
    }

    @Test
    void multilineStartsANewBlockAtMaxLines() throws Exception {
        Harness h = new Harness("stage.multiline {\n firstline = \"^start\"\n max_lines = 2\n}");
        assertThat(h.run(Harness.entry("start"), Harness.entry("a"), Harness.entry("b"), Harness.entry("start")))
                .extracting(Harness.Out::line).containsExactly("start\na", "b");
    }

    @Test
    void patternExtractsNamedCapturesAndSkipsUnderscores() throws Exception {
        Harness h = new Harness("stage.pattern {\n pattern = \"<ip> - <_> [<ts>] \\\"<method> <path> <_>\\\" <status> <_>\"\n}");
        var out = h.one("127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] \"GET /apache_pb.gif HTTP/1.0\" 200 2326");
        assertThat(out.extracted()).containsEntry("ip", "127.0.0.1").containsEntry("ts", "10/Oct/2000:13:55:36 -0700")
                .containsEntry("method", "GET").containsEntry("path", "/apache_pb.gif").containsEntry("status", "200")
                .doesNotContainKey("_");
        assertThat(Harness.error("stage.pattern {\n pattern = \"<_> x\"\n}")).startsWith("failed to parse pattern: ");
    }

    @Test
    void eventLogMessageSplitsKeyValueLines() throws Exception {
        Harness h = new Harness("""
                stage.json {
                    expressions = {
                        message = "",
                        Overwritten = "",
                    }
                }
                stage.eventlogmessage {
                    source = "message"
                    overwrite_existing = true
                }
                """);
        var out = h.one("{\"event_id\": 1, \"Overwritten\": \"old\", \"message\": \"Message type:\\r\\nOverwritten: new\\r\\nImage: C:\\\\Users\\\\User\\\\alloy.exe\"}");
        assertThat(out.extracted()).containsEntry("Image", "C:\\Users\\User\\alloy.exe").containsEntry("Message_type", "")
                .containsEntry("Overwritten", "new");
    }

    @Test
    void eventLogMessageSuffixesExistingKeysUnlessOverwriting() throws Exception {
        Harness h = new Harness("stage.static_labels {\n values = { Image = \"x\" }\n}\nstage.eventlogmessage {}");
        LogEntry e = LogEntry.of(Labels.EMPTY, 0, "l");
        var state = new EntryState().reset(e);
        state.extracted.put("message", "Image: y");
        state.extracted.put("Image", "x");
        h.out.clear();
        // Feed the state directly: the message lives in the extracted map.
        var stage = (EventLogStage) h.stages.get(1);
        stage.apply(state);
        assertThat(state.extracted).containsEntry("Image_extracted", "y");
    }

    @Test
    void windowsEventSplitsSectionsWithTitlesAndContinuations() throws Exception {
        Harness h = new Harness("stage.json {\n expressions = { message = \"\" }\n}\nstage.windowsevent {}");
        String message = "An account was successfully logged on.\r\n\r\nSubject:\r\n\tSecurity ID:\t\tS-1-5-18\r\n"
                + "\tAccount Name:\t\tHOST$\r\n\r\nLogon Information:\r\n\tLogon Type:\t\t5\r\n\r\n"
                + "Privileges:\t\tSeA\r\n\t\t\tSeB";
        String line = "{\"message\": " + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(message) + "}";
        assertThat(h.one(line).extracted())
                .containsEntry("Description", "An account was successfully logged on.")
                .containsEntry("Subject_SecurityID", "S-1-5-18")
                .containsEntry("Subject_AccountName", "HOST$")
                .containsEntry("LogonInformation_LogonType", "5")
                .containsEntry("Privileges", "SeA,SeB");
    }

    @Test
    void splitJsonMakesOneEntryPerElement() throws Exception {
        Harness h = new Harness("stage.split_json {}");
        assertThat(h.run(Harness.entry("[{\"a\": 1}, \"two\", [3]]"), Harness.entry("{\"not\": \"array\"}")))
                .extracting(Harness.Out::line).containsExactly("{\"a\": 1}", "\"two\"", "[3]", "{\"not\": \"array\"}");
    }

    @Test
    void splitJsonFromASourceKeepsExtractedValuesOnEveryEntry() throws Exception {
        Harness h = new Harness("stage.json {\n expressions = {records = \"\", id = \"\"}\n}\nstage.split_json {\n source = \"records\"\n}");
        var out = h.run(Harness.entry("{\"id\": \"x\", \"records\": [1, 2]}"));
        assertThat(out).extracting(Harness.Out::line).containsExactly("1", "2");
        assertThat(out).allSatisfy(o -> assertThat(o.extracted()).containsEntry("id", "x"));
    }
}
