package io.jalloy.prometheus.remotewrite;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * The metrics of {@code prometheus.remote_write}, named and labelled as Prometheus's queue manager
 * ({@code remote_name}, {@code url}). Registered once per component; shared by its endpoints.
 */
final class RemoteWriteMetrics {
    final Counter samples;
    final Counter samplesFailed;
    final Counter samplesRetried;
    final Counter samplesDropped;
    final Counter exemplars;
    final Counter histograms;
    final Counter metadata;
    final Counter bytes;
    final Histogram batchDuration;
    final Gauge highestSent;
    final Gauge shards;
    final Gauge highestTimestamp;

    RemoteWriteMetrics(PrometheusRegistry r) {
        samples = Counter.builder().name("prometheus_remote_storage_samples_total")
                .help("Total number of samples sent to remote storage.").labelNames("remote_name", "url").register(r);
        samplesFailed = Counter.builder().name("prometheus_remote_storage_samples_failed_total")
                .help("Total number of samples which failed on send to remote storage, non-recoverable errors.")
                .labelNames("remote_name", "url").register(r);
        samplesRetried = Counter.builder().name("prometheus_remote_storage_samples_retried_total")
                .help("Total number of samples which failed on send to remote storage but were retried because "
                        + "the send error was recoverable.").labelNames("remote_name", "url").register(r);
        samplesDropped = Counter.builder().name("prometheus_remote_storage_samples_dropped_total")
                .help("Total number of samples which were dropped after being read from the WAL before being "
                        + "sent via remote write, either via relabelling, due to being too old or unintentionally "
                        + "because of an unknown reference ID.").labelNames("remote_name", "url", "reason").register(r);
        exemplars = Counter.builder().name("prometheus_remote_storage_exemplars_total")
                .help("Total number of exemplars sent to remote storage.").labelNames("remote_name", "url").register(r);
        histograms = Counter.builder().name("prometheus_remote_storage_histograms_total")
                .help("Total number of histograms sent to remote storage.").labelNames("remote_name", "url")
                .register(r);
        metadata = Counter.builder().name("prometheus_remote_storage_metadata_total")
                .help("Total number of metadata entries sent to remote storage.").labelNames("remote_name", "url")
                .register(r);
        bytes = Counter.builder().name("prometheus_remote_storage_bytes_total")
                .help("The total number of bytes of data (not metadata) sent by the queue after compression.")
                .labelNames("remote_name", "url").register(r);
        batchDuration = Histogram.builder().name("prometheus_remote_storage_sent_batch_duration_seconds")
                .help("Duration of send calls to the remote storage.")
                .classicUpperBounds(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 25, 60, 120, 300)
                .labelNames("remote_name", "url").register(r);
        highestSent = Gauge.builder().name("prometheus_remote_storage_queue_highest_sent_timestamp_seconds")
                .help("Timestamp from a WAL sample, the highest timestamp successfully sent by this queue, in "
                        + "seconds since epoch.").labelNames("remote_name", "url").register(r);
        shards = Gauge.builder().name("prometheus_remote_storage_shards")
                .help("The number of shards used for parallel sending to the remote storage.")
                .labelNames("remote_name", "url").register(r);
        highestTimestamp = Gauge.builder().name("prometheus_remote_storage_highest_timestamp_in_seconds")
                .help("Highest timestamp that has come into the remote storage via the Appender interface, in "
                        + "seconds since epoch.").register(r);
    }
}
