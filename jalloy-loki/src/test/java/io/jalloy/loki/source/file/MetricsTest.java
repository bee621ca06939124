package io.jalloy.loki.source.file;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.component.NoExports;
import io.jalloy.runtime.componenttest.ComponentTestController;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsTest {
    @TempDir
    Path dir;

    @Test
    void readersReportAlloysSeriesPerPath() throws Exception {
        Path file = Files.writeString(dir.resolve("app.log"), "a\nb\n");
        CollectingReceiver receiver = new CollectingReceiver();
        try (var c = ComponentTestController.forName("loki.source.file", Arguments.class, NoExports.class)) {
            Arguments a = TailingTest.args(List.of(TailingTest.target(file)), receiver);
            c.start(a);
            receiver.awaitLines(2, Duration.ofSeconds(10));
            Thread.sleep(100);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrometheusTextFormatWriter.create().write(out, c.metrics().scrape());
            String text = out.toString(StandardCharsets.UTF_8);
            assertThat(text)
                    .contains("loki_source_file_read_lines_total{path=\"" + file + "\"} 2.0")
                    .contains("loki_source_file_read_bytes_total{path=\"" + file + "\"} 4.0")
                    .contains("loki_source_file_file_bytes_total{path=\"" + file + "\"} 4.0")
                    .contains("loki_source_file_files_active_total 1.0");
        }
    }
}
