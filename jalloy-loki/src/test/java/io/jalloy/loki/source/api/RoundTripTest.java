package io.jalloy.loki.source.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.labels.Labels;
import io.jalloy.component.NoExports;
import io.jalloy.loki.api.LogEntry;
import io.jalloy.loki.relabel.RelabelProvider;
import io.jalloy.loki.testing.CollectingReceiver;
import io.jalloy.loki.write.Exports;
import io.jalloy.loki.write.WriteProvider;
import io.jalloy.runtime.componenttest.ComponentTestController;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code loki.write} pushing to {@code loki.source.api}: Jalloy as a log proxy, both ends real. */
class RoundTripTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void entriesWrittenByLokiWriteArriveIntactThroughLokiSourceApi() throws Exception {
        CollectingReceiver out = new CollectingReceiver();
        int port = CollectingReceiver.freePort();
        try (var source = ComponentTestController.<Arguments, NoExports>of(new SourceApiProvider());
                var write = ComponentTestController.<io.jalloy.loki.write.Arguments, Exports>of(new WriteProvider())) {
            source.start(source.parseArguments("http {\n listen_address = \"127.0.0.1\"\n listen_port = " + port
                    + "\n}\nforward_to = []\nuse_incoming_timestamp = true\nlabels = { proxied = \"yes\" }\n")
                    .withForwardTo(out));
            write.start("endpoint {\n url = \"http://127.0.0.1:" + port + "/loki/api/v1/push\"\n batch_wait = \"20ms\"\n"
                    + " tenant_id = \"team-a\"\n}\n");
            List<LogEntry> sent = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                Labels labels = Labels.of("job", "rt", "quote", "say \"hi\"\n", "shard", String.valueOf(i % 4));
                Labels md = i % 2 == 0 ? Labels.of("trace_id", "t" + i) : Labels.EMPTY;
                sent.add(new LogEntry(labels, 1_700_000_000_000_000_000L + i, "line ✓ " + i, md));
            }
            write.waitExports(WAIT).receiver().send(sent);
            List<LogEntry> got = out.await(200, WAIT);
            List<LogEntry> expected = sent.stream()
                    .map(e -> e.withLabels(e.labels().toBuilder().set("proxied", "yes").set("__tenant_id__", "team-a")
                            .build()))
                    .toList();
            assertThat(got).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void relabelRulesExportedByLokiRelabelApplyToPushedEntries() throws Exception {
        CollectingReceiver out = new CollectingReceiver();
        int port = CollectingReceiver.freePort();
        try (var relabel = ComponentTestController.<io.jalloy.loki.relabel.Arguments, io.jalloy.loki.relabel.Exports>of(
                        new RelabelProvider());
                var source = ComponentTestController.<Arguments, NoExports>of(new SourceApiProvider())) {
            relabel.start("forward_to = []\nrule {\n source_labels = [\"job\"]\n target_label = \"service\"\n}\n"
                    + "rule {\n action = \"labeldrop\"\n regex = \"job\"\n}\n");
            var rules = relabel.waitExports(WAIT).rules();
            Arguments args = source.parseArguments("http {\n listen_address = \"127.0.0.1\"\n listen_port = " + port
                    + "\n}\nforward_to = []\n").withForwardTo(out);
            source.start(new Arguments(args.http(), args.grpc(), args.forwardTo(), args.labels(), rules, false,
                    args.maxSendMessageSize(), args.gracefulShutdownTimeout()));
            var http = java.net.http.HttpClient.newHttpClient();
            var response = http.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://127.0.0.1:" + port + "/loki/api/v1/push"))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                            "{\"streams\":[{\"stream\":{\"job\":\"api\"},\"values\":[[\"1\",\"x\"]]}]}"))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(204);
            assertThat(out.await(1, WAIT).get(0).labels()).isEqualTo(Labels.of("service", "api"));
        }
    }
}
