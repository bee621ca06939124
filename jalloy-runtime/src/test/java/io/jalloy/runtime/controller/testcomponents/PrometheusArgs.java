package io.jalloy.runtime.controller.testcomponents;

import io.jalloy.runtime.controller.testcomponents.CommonArgs.HttpClient;
import io.jalloy.runtime.controller.testcomponents.CommonArgs.Rule;
import io.jalloy.runtime.controller.testcomponents.TestTypes.MetricsReceiver;
import io.jalloy.runtime.controller.testcomponents.TestTypes.Target;
import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Block;
import io.jalloy.syntax.decode.Squash;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** TEST-ONLY arguments of prometheus.scrape, prometheus.relabel, prometheus.remote_write and prometheus.exporter.redis. */
final class PrometheusArgs {
    private PrometheusArgs() {}

    record Clustering(@Attr(value = "enabled", optional = true) boolean enabled) {}

    record Scrape(
            @Attr("targets") List<Target> targets,
            @Attr("forward_to") List<MetricsReceiver> forwardTo,
            @Attr(value = "job_name", optional = true) String jobName,
            @Attr(value = "extra_metrics", optional = true) boolean extraMetrics,
            @Attr(value = "honor_labels", optional = true) boolean honorLabels,
            @Attr(value = "honor_timestamps", optional = true) boolean honorTimestamps,
            @Attr(value = "params", optional = true) Map<String, List<String>> params,
            @Attr(value = "scrape_interval", optional = true) Duration scrapeInterval,
            @Attr(value = "scrape_timeout", optional = true) Duration scrapeTimeout,
            @Attr(value = "scrape_protocols", optional = true) List<String> scrapeProtocols,
            @Attr(value = "metrics_path", optional = true) String metricsPath,
            @Attr(value = "scheme", optional = true) String scheme,
            @Attr(value = "sample_limit", optional = true) long sampleLimit,
            @Attr(value = "target_limit", optional = true) long targetLimit,
            @Squash HttpClient client,
            @Block(value = "clustering", optional = true) Clustering clustering) {}

    record Relabel(
            @Attr("forward_to") List<MetricsReceiver> forwardTo,
            @Block(value = "rule", optional = true) List<Rule> rules,
            @Attr(value = "max_cache_size", optional = true) long maxCacheSize,
            @Attr(value = "cache_ttl", optional = true) Duration cacheTtl) {}

    record QueueConfig(
            @Attr(value = "capacity", optional = true) long capacity,
            @Attr(value = "min_shards", optional = true) long minShards,
            @Attr(value = "max_shards", optional = true) long maxShards,
            @Attr(value = "max_samples_per_send", optional = true) long maxSamplesPerSend,
            @Attr(value = "batch_send_deadline", optional = true) Duration batchSendDeadline) {}

    record Endpoint(
            @Attr(value = "name", optional = true) String name,
            @Attr("url") String url,
            @Attr(value = "remote_timeout", optional = true) Duration remoteTimeout,
            @Attr(value = "headers", optional = true) Map<String, String> headers,
            @Attr(value = "send_exemplars", optional = true) boolean sendExemplars,
            @Attr(value = "send_native_histograms", optional = true) boolean sendNativeHistograms,
            @Squash HttpClient client,
            @Block(value = "queue_config", optional = true) QueueConfig queueConfig,
            @Block(value = "write_relabel_config", optional = true) List<Rule> writeRelabelConfigs) {}

    record Wal(
            @Attr(value = "truncate_frequency", optional = true) Duration truncateFrequency,
            @Attr(value = "min_keepalive_time", optional = true) Duration minKeepaliveTime,
            @Attr(value = "max_keepalive_time", optional = true) Duration maxKeepaliveTime) {}

    record RemoteWrite(
            @Attr(value = "external_labels", optional = true) Map<String, String> externalLabels,
            @Block(value = "endpoint", optional = true) List<Endpoint> endpoints,
            @Block(value = "wal", optional = true) Wal wal) {}

    record Redis(
            @Attr("redis_addr") String redisAddr,
            @Attr(value = "redis_user", optional = true) String redisUser,
            @Attr(value = "redis_password", optional = true) String redisPassword,
            @Attr(value = "namespace", optional = true) String namespace,
            @Attr(value = "check_keys", optional = true) List<String> checkKeys,
            @Attr(value = "connection_timeout", optional = true) Duration connectionTimeout,
            @Attr(value = "include_exporter_metrics", optional = true) boolean includeExporterMetrics,
            @Attr(value = "is_cluster", optional = true) boolean isCluster) {}
}
