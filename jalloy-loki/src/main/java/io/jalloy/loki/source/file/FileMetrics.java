package io.jalloy.loki.source.file;

import io.jalloy.loki.source.file.internal.ReaderMetrics;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/** Alloy's {@code loki_source_file_*} metrics, per file path. Thread-safe; reader threads update them per batch. */
final class FileMetrics implements ReaderMetrics {
    private final Gauge readBytes;
    private final Gauge fileBytes;
    private final Counter readLines;
    private final Gauge filesActive;
    private final Counter encodingFailures;

    FileMetrics(PrometheusRegistry registry) {
        readBytes = Gauge.builder().name("loki_source_file_read_bytes_total").help("Number of bytes read.")
                .labelNames("path").register(registry);
        fileBytes = Gauge.builder().name("loki_source_file_file_bytes_total").help("Number of bytes total.")
                .labelNames("path").register(registry);
        readLines = Counter.builder().name("loki_source_file_read_lines_total").help("Number of lines read.")
                .labelNames("path").register(registry);
        filesActive = Gauge.builder().name("loki_source_file_files_active_total").help("Number of active files.")
                .register(registry);
        encodingFailures = Counter.builder().name("loki_source_file_encoding_failures_total")
                .help("Number of encoding failures.").labelNames("path").register(registry);
    }

    @Override
    public void linesRead(String path, long lines) {
        readLines.labelValues(path).inc(lines);
    }

    @Override
    public void bytes(String path, long readOffset, long fileSize) {
        readBytes.labelValues(path).set(readOffset);
        fileBytes.labelValues(path).set(fileSize);
    }

    @Override
    public void activeDelta(int delta) {
        filesActive.inc(delta);
    }

    @Override
    public void forget(String path) {
        readBytes.remove(path);
        fileBytes.remove(path);
        readLines.remove(path);
        encodingFailures.remove(path);
    }
}
