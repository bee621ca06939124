package io.jalloy.prometheus.remotewrite;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.prometheus.testing.CollectingReceiver.Sample;
import io.jalloy.prometheus.testing.CollectingServer;
import io.jalloy.runtime.componenttest.ComponentTestController;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Samples committed by a process killed with SIGKILL are sent by the next component on that WAL. */
class WalCrashTest {
    @TempDir
    Path data;

    @Test
    void everySampleCommittedBeforeAKill9IsSentAfterRestart() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                WalCrashChild.class.getName(), data.resolve("wal").toString(), "500")
                .redirectErrorStream(true).start();
        String line;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            do {
                line = r.readLine();
            } while (line != null && !line.startsWith("committed"));
            assertThat(line).isEqualTo("committed 500");
            child.destroyForcibly(); // SIGKILL
            child.waitFor();
        }
        try (CollectingServer server = new CollectingServer()) {
            Arguments a;
            try (var parse = ComponentTestController.of(new RemoteWriteProvider())) {
                a = parse.parseArguments("endpoint {\n url = \"" + server.url()
                        + "\"\n queue_config {\n batch_send_deadline = \"50ms\"\n}\n}\n");
            }
            try (RunningRemoteWrite rw = new RunningRemoteWrite(data, a, d -> {})) {
                server.awaitSamples(500, 10_000);
                List<Sample> got = server.samples();
                assertThat(got).extracting(Sample::value)
                        .containsExactlyElementsOf(IntStream.range(0, 500).mapToObj(i -> (double) i).toList());
                assertThat(got.get(1).labels().get("i")).isEqualTo("odd");
            }
        }
    }
}
