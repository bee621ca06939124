package io.jalloy.prometheus.internal.exposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.jalloy.prometheus.internal.exposition.ContentNegotiation.Choice;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scrapes a real node_exporter started on a free loopback port, negotiating like Prometheus, and
 * checks that every format it serves parses completely. Skips when the binary is missing, except
 * under CI=true where a missing peer is a failure.
 */
class NodeExporterLiveTest {
    private static Process exporter;
    private static String skipReason;
    private static URI metrics;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeAll
    static void startExporter() throws Exception {
        Path binary = findBinary();
        if (binary == null) {
            String why = "prometheus-node-exporter is not installed (apt-get install prometheus-node-exporter)";
            if ("true".equals(System.getenv("CI"))) {
                fail(why + "; it is required when CI=true");
            }
            skipReason = why + "; skipping the live real-peer test";
            System.err.println(skipReason);
            return;
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        exporter = new ProcessBuilder(binary.toString(), "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        metrics = URI.create("http://127.0.0.1:" + port + "/metrics");
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            try {
                if (get("*/*").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Still starting.
            }
            if (!exporter.isAlive() || System.nanoTime() > deadline) {
                fail("node_exporter did not come up on " + metrics);
            }
            Thread.sleep(100);
        }
    }

    @BeforeEach
    void requireExporter() {
        Assumptions.assumeTrue(skipReason == null, skipReason);
    }

    @AfterAll
    static void stopExporter() throws InterruptedException {
        if (exporter != null) {
            exporter.destroy();
            exporter.waitFor();
        }
    }

    /** The binary on the PATH, or the one named by {@code -Djalloy.nodeExporter=...}; null when absent. */
    private static Path findBinary() {
        String explicit = System.getProperty("jalloy.nodeExporter");
        if (explicit != null) {
            Path p = Path.of(explicit);
            return Files.isExecutable(p) ? p : null;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String name : List.of("prometheus-node-exporter", "node_exporter")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    private static HttpResponse<byte[]> get(String accept) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(metrics).header("Accept", accept).timeout(Duration.ofSeconds(10)).build();
        return HTTP.send(req, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static CollectingSink scrape(List<ScrapeProtocol> protocols, ExpositionFormat expected)
            throws IOException, InterruptedException {
        HttpResponse<byte[]> resp = get(ContentNegotiation.acceptHeader(protocols, EscapingScheme.UNDERSCORES));
        assertThat(resp.statusCode()).isEqualTo(200);
        Choice choice = ContentNegotiation.choose(resp.headers().firstValue("Content-Type").orElse(null),
                ScrapeProtocol.PROMETHEUS_TEXT_0_0_4);
        assertThat(choice.message()).isNull();
        assertThat(choice.format()).isEqualTo(expected);
        byte[] body = resp.body();
        if (expected != ExpositionFormat.PROTOBUF) {
            return PeerExpositions.assertCompleteTextParse(body, expected);
        }
        CollectingSink sink = new CollectingSink();
        ParseResult r = new ProtobufParser().parse(body, 0, body.length, sink);
        assertThat(r.ok()).as(r.toString()).isTrue();
        assertThat(sink.samples()).isNotEmpty().allSatisfy(s -> assertThat(s.typeDeclared()).isTrue());
        return sink;
    }

    @Test
    void theTextScrapeParsesEverySampleLineWithEveryFamilyTyped() throws Exception {
        CollectingSink sink = scrape(List.of(ScrapeProtocol.PROMETHEUS_TEXT_0_0_4), ExpositionFormat.PROMETHEUS_TEXT);
        assertThat(PeerExpositions.typedFamilies(sink)).contains("node_exporter_build_info", "go_gc_duration_seconds");
    }

    @Test
    void theDefaultNegotiationGetsTextBecauseThisPeerOffersNoOpenMetrics() throws Exception {
        // node_exporter 1.5.0 answers the OpenMetrics-first default Accept header with text 0.0.4;
        // a peer that offers OpenMetrics would be parsed (and checked) by the OpenMetrics parser.
        HttpResponse<byte[]> resp = get(ContentNegotiation.acceptHeader(ScrapeProtocol.DEFAULT, EscapingScheme.UNDERSCORES));
        ExpositionFormat served = ContentNegotiation.choose(resp.headers().firstValue("Content-Type").orElse(null),
                ScrapeProtocol.PROMETHEUS_TEXT_0_0_4).format();
        PeerExpositions.assertCompleteTextParse(resp.body(), served);
    }

    @Test
    void theProtobufScrapeHasTheSameFamiliesAsText() throws Exception {
        CollectingSink pb = scrape(ScrapeProtocol.PROTO_FIRST, ExpositionFormat.PROTOBUF);
        CollectingSink text = scrape(List.of(ScrapeProtocol.PROMETHEUS_TEXT_0_0_4), ExpositionFormat.PROMETHEUS_TEXT);
        assertThat(PeerExpositions.typedFamilies(pb)).isEqualTo(PeerExpositions.typedFamilies(text));
    }
}
