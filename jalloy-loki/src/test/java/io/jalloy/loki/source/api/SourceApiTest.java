package io.jalloy.loki.source.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.http.ServerOptions;
import io.jalloy.common.labels.Labels;
import io.jalloy.common.relabel.RelabelRules;
import io.jalloy.component.NoExports;
import io.jalloy.loki.api.LogEntry;
import io.jalloy.loki.testing.CollectingReceiver;
import io.jalloy.runtime.componenttest.ComponentTestController;
import io.jalloy.syntax.value.ByteSize;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SourceApiTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    private final CollectingReceiver out = new CollectingReceiver();
    private final HttpClient http = HttpClient.newHttpClient();
    private ComponentTestController<Arguments, NoExports> controller;
    private int port;

    private void start(Map<String, String> labels, boolean incoming, long maxBytes) throws Exception {
        port = CollectingReceiver.freePort();
        controller = ComponentTestController.of(new SourceApiProvider(), Clock.fixed(NOW, ZoneOffset.UTC));
        ServerOptions server = new ServerOptions("127.0.0.1", port, 0, Duration.ofSeconds(5), Duration.ofSeconds(5),
                Duration.ofSeconds(5));
        controller.start(new Arguments(server, GrpcOptions.defaults(), List.of(out), labels, RelabelRules.EMPTY, incoming,
                new ByteSize(maxBytes), Duration.ofSeconds(1)));
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (controller != null) {
            controller.close();
        }
    }

    private HttpResponse<String> post(String path, String type, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static final String JSON = """
            {"streams":[{"stream":{"job":"json","__internal":"x"},
              "values":[["1700000000000000001","first"],["1700000000000000002","second",{"trace":"t1"}]]}]}""";

    @Test
    void jsonPushIsAnsweredWith204AndForwardedWithConfiguredLabelsAndReceiveTime() throws Exception {
        start(Map.of("forwarded", "true"), false, 1 << 20);
        HttpResponse<String> r = post("/loki/api/v1/push", "application/json", JSON.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(204);
        List<LogEntry> got = out.await(2, WAIT);
        assertThat(got).extracting(LogEntry::line).containsExactly("first", "second");
        assertThat(got.get(0).labels()).isEqualTo(Labels.of("job", "json", "forwarded", "true"));
        long now = NOW.getEpochSecond() * 1_000_000_000L;
        assertThat(got).allMatch(e -> e.timestampNanos() == now);
        assertThat(got.get(1).structuredMetadata()).isEqualTo(Labels.of("trace", "t1"));
    }

    @Test
    void incomingTimestampsAndTenantHeaderAreKeptWhenAsked() throws Exception {
        start(Map.of(), true, 1 << 20);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
            z.write(JSON.getBytes(StandardCharsets.UTF_8));
        }
        HttpResponse<String> r = post("/api/v1/push", "application/json", gz.toByteArray(), "Content-Encoding", "gzip",
                "X-Scope-OrgID", "tenant-a");
        assertThat(r.statusCode()).isEqualTo(204);
        List<LogEntry> got = out.await(2, WAIT);
        assertThat(got).extracting(LogEntry::timestampNanos).containsExactly(1700000000000000001L, 1700000000000000002L);
        assertThat(got.get(0).labels().get("__tenant_id__")).isEqualTo("tenant-a");
    }

    @Test
    void rawLinesBecomeOneEntryEach() throws Exception {
        start(Map.of("job", "raw"), true, 1 << 20);
        HttpResponse<String> r = post("/loki/api/v1/raw", "text/plain", "a\nb\r\n\nc".getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(204);
        assertThat(out.await(3, WAIT)).extracting(LogEntry::line).containsExactly("a", "b", "c");
    }

    @Test
    void failingDownstreamIsA500AndMalformedBodiesA400() throws Exception {
        start(Map.of(), false, 1 << 20);
        out.failing(true);
        assertThat(post("/loki/api/v1/push", "application/json", JSON.getBytes(StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(500);
        assertThat(post("/loki/api/v1/push", "application/json", "{not json".getBytes(StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(400);
        assertThat(post("/loki/api/v1/push", "application/x-protobuf", new byte[] {1, 2, 3}).statusCode())
                .isEqualTo(400);
    }

    @Test
    void bodiesPastTheLimitAreRejected() throws Exception {
        start(Map.of(), false, 16);
        assertThat(post("/loki/api/v1/push", "application/json", JSON.getBytes(StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(413);
    }

    @Test
    void aPresentHttpBlockStartsFromZeroValuesAsInAlloy() throws Exception {
        try (var c = ComponentTestController.<Arguments, NoExports>of(new SourceApiProvider())) {
            Arguments absent = c.parseArguments("forward_to = []");
            assertThat(absent.http()).isEqualTo(ServerOptions.ALLOY_DEFAULT);
            Arguments present = c.parseArguments("forward_to = []\nhttp {\n listen_address = \"127.0.0.1\"\n}\n");
            assertThat(present.http().listenPort()).isZero();
            assertThat(present.http().readTimeout()).isZero();
        }
    }

    @Test
    void readyAnswers200() throws Exception {
        start(Map.of(), false, 1 << 20);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ready"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
    }
}
