package io.jalloy.loki.write;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * The metrics of {@code loki.write}, named and labelled as Alloy's ({@code host}, {@code tenant},
 * {@code reason}, {@code status_code}). Registered once per component; shared by its endpoints.
 */
final class WriteMetrics {
    static final String REASON_GENERIC = "ingester_error";
    static final String REASON_RATE_LIMITED = "rate_limited";
    static final String REASON_STREAM_LIMITED = "stream_limited";

    final Counter encodedBytes;
    final Counter sentBytes;
    final Counter droppedBytes;
    final Counter sentEntries;
    final Counter droppedEntries;
    final Counter batchRetries;
    final Histogram requestSize;
    final Histogram requestDuration;
    final Histogram batchSize;
    final Histogram propagationLatency;

    WriteMetrics(PrometheusRegistry registry) {
        encodedBytes = Counter.builder().name("loki_write_encoded_bytes_total")
                .help("Number of bytes encoded and ready to send.").labelNames("host", "tenant").register(registry);
        sentBytes = Counter.builder().name("loki_write_sent_bytes_total")
                .help("Number of bytes sent.").labelNames("host", "tenant").register(registry);
        droppedBytes = Counter.builder().name("loki_write_dropped_bytes_total")
                .help("Number of bytes dropped because failed to be sent to the ingester after all retries.")
                .labelNames("host", "tenant", "reason").register(registry);
        sentEntries = Counter.builder().name("loki_write_sent_entries_total")
                .help("Number of log entries sent to the ingester.").labelNames("host", "tenant").register(registry);
        droppedEntries = Counter.builder().name("loki_write_dropped_entries_total")
                .help("Number of log entries dropped because failed to be sent to the ingester after all retries.")
                .labelNames("host", "tenant", "reason").register(registry);
        batchRetries = Counter.builder().name("loki_write_batch_retries_total")
                .help("Number of times batches has had to be retried.").labelNames("host", "tenant").register(registry);
        requestSize = Histogram.builder().name("loki_write_request_size_bytes")
                .help("Number of bytes for requests.")
                .classicUpperBounds(1024, 4096, 16384, 65536, 262144, 524288, 1 << 20, 2 << 20, 4 << 20, 8 << 20,
                        16 << 20, 20 << 20)
                .labelNames("host", "tenant").register(registry);
        requestDuration = Histogram.builder().name("loki_write_request_duration_seconds")
                .help("Duration of send requests.").labelNames("status_code", "host", "tenant").register(registry);
        batchSize = Histogram.builder().name("loki_write_batch_size_bytes")
                .help("Number of uncompressed bytes of log lines in a batch when it's sent.")
                .classicExponentialUpperBounds(1024, 2, 12).labelNames("host").register(registry);
        propagationLatency = Histogram.builder().name("loki_write_entry_propagation_latency_seconds")
                .help("Time in seconds from entry creation until it's either successfully sent or dropped.")
                .labelNames("host").register(registry);
    }
}
