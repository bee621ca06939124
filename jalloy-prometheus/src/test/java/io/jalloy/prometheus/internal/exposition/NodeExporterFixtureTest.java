package io.jalloy.prometheus.internal.exposition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Parses expositions captured from a real node_exporter (see resources/peer/README.md). */
class NodeExporterFixtureTest {
    private static byte[] resource(String name) throws IOException {
        try (InputStream in = NodeExporterFixtureTest.class.getResourceAsStream("/peer/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void theTextCaptureParsesCompletelyWithEveryFamilyTyped() throws IOException {
        byte[] body = resource("node_exporter-1.5.0.prom");
        CollectingSink sink = PeerExpositions.assertCompleteTextParse(body, ExpositionFormat.PROMETHEUS_TEXT);
        assertThat(PeerExpositions.typedFamilies(sink)).hasSize(283);
    }

    @Test
    void theProtobufCaptureYieldsTheSameFamiliesAndSampleCountAsText() throws IOException {
        byte[] text = resource("node_exporter-1.5.0.prom");
        CollectingSink textSink = PeerExpositions.assertCompleteTextParse(text, ExpositionFormat.PROMETHEUS_TEXT);
        byte[] pb = resource("node_exporter-1.5.0.pb");
        CollectingSink sink = new CollectingSink();
        ParseResult r = new ProtobufParser().parse(pb, 0, pb.length, sink);
        assertThat(r.ok()).as(r.toString()).isTrue();
        assertThat(PeerExpositions.typedFamilies(sink)).isEqualTo(PeerExpositions.typedFamilies(textSink));
        assertThat(r.samples()).isEqualTo(textSink.samples().size());
        assertThat(sink.samples()).allSatisfy(s -> assertThat(s.typeDeclared()).isTrue());
    }
}
