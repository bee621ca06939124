package io.jalloy.loki.echo;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.labels.Labels;
import io.jalloy.loki.api.LogEntry;
import io.jalloy.runtime.componenttest.ComponentTestController;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LokiEchoTest {

    @Test
    void formatNamesTheReceiverTheLineAndTheLabelsAsAlloy() {
        LogEntry e = new LogEntry(Labels.of("job", "x"), 1_000_000_000L, "hello", Labels.of("trace", "t"));
        assertThat(EchoComponent.format("loki.echo.debug", e))
                .isEqualTo("receiver=loki.echo.debug entry=hello labels={job=\"x\"}");
    }

    @Test
    void exportsAReceiverThatAcceptsBatches() throws Exception {
        try (var c = ComponentTestController.<Arguments, Exports>of(new EchoProvider())) {
            c.start("");
            c.waitExports(Duration.ofSeconds(5)).receiver().send(List.of(LogEntry.of(Labels.of("a", "b"), 0, "line")));
            assertThat(c.exports().receiver()).isNotNull();
        }
    }
}
