package io.jalloy.loki.source.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jalloy.component.NoExports;
import io.jalloy.runtime.componenttest.ComponentTestController;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

    private static Arguments parse(String body) throws Exception {
        try (var c = ComponentTestController.forName("loki.source.file", Arguments.class, NoExports.class)) {
            return c.parseArguments("targets = []\nforward_to = []\n" + body);
        }
    }

    @Test
    void defaultsAreAlloys() throws Exception {
        Arguments a = parse("");
        assertThat(a.encoding()).isEmpty();
        assertThat(a.fileWatch()).isEqualTo(new FileWatch(Duration.ofMillis(250), Duration.ofMillis(250)));
        assertThat(a.fileMatch()).isEqualTo(new FileMatch(false, Duration.ofSeconds(10), Duration.ZERO));
        assertThat(a.decompression().enabled()).isFalse();
        assertThat(a.tailFromEnd()).isFalse();
        assertThat(a.onPositionsFileError()).isEqualTo(OnPositionsFileError.RESTART_FROM_BEGINNING);
    }

    @Test
    void blocksAndAttributesDecode() throws Exception {
        Arguments a = parse("""
                encoding = "UTF-16"
                tail_from_end = true
                legacy_positions_file = "/tmp/legacy.yml"
                on_positions_file_error = "restart_from_end"
                file_watch {
                  min_poll_frequency = "1s"
                  max_poll_frequency = "5s"
                }
                file_match {
                  enabled = true
                  ignore_older_than = "1h"
                }
                decompression {
                  enabled = true
                  initial_delay = "10s"
                  format = "bz2"
                }
                """);
        assertThat(a.fileWatch()).isEqualTo(new FileWatch(Duration.ofSeconds(1), Duration.ofSeconds(5)));
        assertThat(a.fileMatch()).isEqualTo(new FileMatch(true, Duration.ofSeconds(10), Duration.ofHours(1)));
        assertThat(a.decompression()).isEqualTo(new Decompression(true, Duration.ofSeconds(10), CompressionFormat.BZ2));
        assertThat(a.onPositionsFileError()).isEqualTo(OnPositionsFileError.RESTART_FROM_END);
        assertThat(a.legacyPositionsFile()).isEqualTo("/tmp/legacy.yml");
    }

    @Test
    void unknownValuesFailWithAlloysMessages() {
        assertThatThrownBy(() -> parse("decompression {\n enabled = true\n format = \"zip\"\n}"))
                .hasMessageContaining("unsupported compression format: \"zip\" - please use one of \"gz, z, bz2\"");
        assertThatThrownBy(() -> parse("on_positions_file_error = \"ignore\""))
                .hasMessageContaining("unknown OnPositionsFileError value: ignore");
        assertThatThrownBy(() -> parse("file_match {\n sync_period = \"0s\"\n}"))
                .hasMessageContaining("sync period must be greater than 0");
    }
}
