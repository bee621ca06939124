package io.jalloy.loki.relabel;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.labels.Labels;
import io.jalloy.loki.api.LogEntry;
import io.jalloy.loki.testing.CollectingReceiver;
import io.jalloy.runtime.componenttest.ComponentTestController;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LokiRelabelTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    private static Arguments withReceiver(Arguments a, CollectingReceiver r) {
        return new Arguments(List.of(r), a.rules(), a.maxCacheSize());
    }

    @Test
    void relabelsForwardsAndDropsEntriesWhoseLabelsBecomeEmpty() throws Exception {
        CollectingReceiver out = new CollectingReceiver();
        try (var c = ComponentTestController.<Arguments, Exports>of(new RelabelProvider())) {
            Arguments parsed = c.parseArguments("""
                    forward_to = []
                    rule {
                      source_labels = ["filename"]
                      target_label  = "file"
                    }
                    rule {
                      action = "labeldrop"
                      regex  = "filename|tmp"
                    }
                    rule {
                      source_labels = ["job"]
                      regex         = "drop-me"
                      action        = "drop"
                    }
                    """);
            c.start(withReceiver(parsed, out));
            Exports exports = c.waitExports(WAIT);
            assertThat(exports.rules().rules()).hasSize(3);
            exports.receiver().send(List.of(
                    LogEntry.of(Labels.of("filename", "/a.log", "job", "app"), 1, "kept"),
                    LogEntry.of(Labels.of("job", "drop-me"), 2, "dropped by rule"),
                    LogEntry.of(Labels.of("tmp", "x"), 3, "dropped as empty")));
            assertThat(out.entries()).containsExactly(
                    LogEntry.of(Labels.of("file", "/a.log", "job", "app"), 1, "kept"));
        }
    }

    @Test
    void maxCacheSizeDefaultsToTenThousandAndMustBePositive() throws Exception {
        try (var c = ComponentTestController.<Arguments, Exports>of(new RelabelProvider())) {
            assertThat(c.parseArguments("forward_to = []").maxCacheSize()).isEqualTo(10_000);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> c.parseArguments("forward_to = []\nmax_cache_size = 0"))
                    .hasMessageContaining("must provide a positive size");
        }
    }
}
