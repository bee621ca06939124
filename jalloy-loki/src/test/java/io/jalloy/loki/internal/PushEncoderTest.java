package io.jalloy.loki.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.loki4j.pkg.loki.protobuf.Push;
import io.jalloy.common.labels.Labels;
import io.jalloy.loki.api.LogEntry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xerial.snappy.Snappy;

class PushEncoderTest {

    private static PushStream stream(Labels labels, LogEntry... entries) {
        PushStream s = new PushStream(StreamLabels.render(labels));
        for (LogEntry e : entries) {
            s.add(e);
        }
        return s;
    }

    @Test
    void encodedRequestDecodesWithLokiGeneratedClasses() throws Exception {
        Labels a = Labels.of("job", "api", "env", "prod");
        Labels b = Labels.of("job", "db");
        LogEntry withMeta = new LogEntry(a, 1_700_000_000_123_456_789L, "hello", Labels.of("trace_id", "abc"));
        PushEncoder encoder = new PushEncoder();
        int n = encoder.encode(List.of(stream(a, withMeta), stream(b, LogEntry.of(b, 5, "é unicode ✓"))));

        byte[] body = java.util.Arrays.copyOf(encoder.body(), n);
        Push.PushRequest request = Push.PushRequest.parseFrom(Snappy.uncompress(body));

        assertThat(request.getStreamsCount()).isEqualTo(2);
        Push.StreamAdapter first = request.getStreams(0);
        assertThat(first.getLabels()).isEqualTo("{env=\"prod\", job=\"api\"}");
        Push.EntryAdapter e = first.getEntries(0);
        assertThat(e.getLine()).isEqualTo("hello");
        assertThat(e.getTimestamp().getSeconds()).isEqualTo(1_700_000_000L);
        assertThat(e.getTimestamp().getNanos()).isEqualTo(123_456_789);
        assertThat(e.getStructuredMetadata(0).getName()).isEqualTo("trace_id");
        assertThat(e.getStructuredMetadata(0).getValue()).isEqualTo("abc");
        assertThat(request.getStreams(1).getEntries(0).getLine()).isEqualTo("é unicode ✓");
    }

    @Test
    void longLinesNeedMultiByteLengthsAndStillDecode() throws Exception {
        String big = "x".repeat(70_000);
        Labels a = Labels.of("job", "big");
        PushEncoder encoder = new PushEncoder();
        int n = encoder.encode(List.of(stream(a, LogEntry.of(a, 1, big), LogEntry.of(a, 2, "small"))));
        Push.PushRequest request = Push.PushRequest.parseFrom(Snappy.uncompress(java.util.Arrays.copyOf(encoder.body(), n)));
        assertThat(request.getStreams(0).getEntries(0).getLine()).isEqualTo(big);
        assertThat(request.getStreams(0).getEntries(1).getLine()).isEqualTo("small");
    }

    @Test
    void entriesAreSortedByTimestampWithinAStream() throws Exception {
        Labels a = Labels.of("job", "x");
        PushEncoder encoder = new PushEncoder();
        int n = encoder.encode(List.of(stream(a, LogEntry.of(a, 30, "c"), LogEntry.of(a, 10, "a"), LogEntry.of(a, 20, "b"))));
        Push.PushRequest request = Push.PushRequest.parseFrom(Snappy.uncompress(java.util.Arrays.copyOf(encoder.body(), n)));
        assertThat(request.getStreams(0).getEntriesList()).extracting(Push.EntryAdapter::getLine)
                .containsExactly("a", "b", "c");
    }

    @Test
    void labelValuesAreEscapedAsLokiExpectsAndInternalLabelsLeftOut() {
        Labels l = Labels.of("a", "back\\slash", "b", "quo\"te", "c", "new\nline", "__tenant_id__", "t1");
        assertThat(StreamLabels.render(l)).isEqualTo("{a=\"back\\\\slash\", b=\"quo\\\"te\", c=\"new\\nline\"}");
    }

    @Test
    void renderedLabelsParseBackToTheSameSet() {
        Labels l = Labels.of("a", "back\\slash", "b", "quo\"te", "c", "new\nline");
        assertThat(LabelsParser.parse(StreamLabels.render(l))).isEqualTo(l);
    }

    @Test
    void ownDecoderReadsWhatTheEncoderWrote() {
        Labels a = Labels.of("job", "api");
        PushEncoder encoder = new PushEncoder();
        int n = encoder.encodeProto(List.of(stream(a, new LogEntry(a, 42, "line", Labels.of("k", "v")))));
        List<LogEntry> back = PushDecoder.decode(encoder.protoBytes(), n);
        assertThat(back).containsExactly(new LogEntry(a, 42, "line", Labels.of("k", "v")));
    }

    @Test
    void linesGivenAsUtf8EncodeToTheSameBytesAsLinesEncodedHere() {
        Labels a = Labels.of("job", "api");
        LogEntry[] entries = {
            LogEntry.of(a, 1, "level=info msg=\"plain ascii\""),
            LogEntry.of(a, 2, ""),
            new LogEntry(a, 3, "with metadata ✓", Labels.of("trace_id", "abc")),
            LogEntry.of(a, 4, "x".repeat(300)),
        };
        PushStream given = new PushStream(StreamLabels.render(a), 1);
        for (LogEntry e : entries) {
            given.add(e, e.line().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        PushEncoder encoder = new PushEncoder();
        encoder.encodeProto(List.of(given));
        byte[] fast = encoder.protoBytes();
        encoder.encodeProto(List.of(stream(a, entries)));
        assertThat(fast).isEqualTo(encoder.protoBytes());
    }

    @Test
    void outOfOrderEntriesAreSortedAndStillEncodedWithTheirOwnLines() {
        Labels a = Labels.of("job", "api");
        PushStream s = new PushStream(StreamLabels.render(a), 4);
        s.add(LogEntry.of(a, 20, "second"), "second".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        s.add(LogEntry.of(a, 10, "first"), "first".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        PushEncoder encoder = new PushEncoder();
        int n = encoder.encodeProto(List.of(s));
        List<LogEntry> back = PushDecoder.decode(encoder.protoBytes(), n);
        assertThat(back).extracting(LogEntry::line).containsExactly("first", "second");
    }
}
