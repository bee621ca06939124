package io.jalloy.runtime.controller.testcomponents;

import static io.jalloy.runtime.controller.testcomponents.Common.METRICS_RECEIVERS;
import static io.jalloy.runtime.controller.testcomponents.Common.RELABEL_RULE;
import static io.jalloy.runtime.controller.testcomponents.Common.STRINGS;
import static io.jalloy.runtime.controller.testcomponents.Common.STRING_MAP;
import static io.jalloy.runtime.controller.testcomponents.Common.TARGETS;

import io.jalloy.runtime.controller.BlockSchema;
import io.jalloy.runtime.controller.ValueSpec;

/** TEST-ONLY schemas of prometheus.scrape, prometheus.remote_write and prometheus.exporter.redis. */
final class PrometheusSchemas {
    private PrometheusSchemas() {}

    static final BlockSchema SCRAPE = Common.withHttpClient(BlockSchema.builder()
                    .required("targets", TARGETS)
                    .required("forward_to", METRICS_RECEIVERS)
                    .optional("job_name", ValueSpec.STRING)
                    .optional("extra_metrics", ValueSpec.BOOL)
                    .optional("honor_labels", ValueSpec.BOOL)
                    .optional("honor_timestamps", ValueSpec.BOOL)
                    .optional("track_timestamps_staleness", ValueSpec.BOOL)
                    .optional("params", ValueSpec.mapOf(STRINGS))
                    .optional("scrape_classic_histograms", ValueSpec.BOOL)
                    .optional("scrape_interval", ValueSpec.DURATION)
                    .optional("scrape_timeout", ValueSpec.DURATION)
                    .optional("scrape_protocols", STRINGS)
                    .optional("metrics_path", ValueSpec.STRING)
                    .optional("scheme", ValueSpec.STRING)
                    .optional("body_size_limit", ValueSpec.STRING)
                    .optional("sample_limit", ValueSpec.NUMBER)
                    .optional("target_limit", ValueSpec.NUMBER)
                    .optional("label_limit", ValueSpec.NUMBER)
                    .optional("label_name_length_limit", ValueSpec.NUMBER)
                    .optional("label_value_length_limit", ValueSpec.NUMBER)
                    .optional("enable_protobuf_negotiation", ValueSpec.BOOL))
            .block("clustering", BlockSchema.builder().optional("enabled", ValueSpec.BOOL).build(), false)
            .build();

    static final BlockSchema REMOTE_WRITE = BlockSchema.builder()
            .optional("external_labels", STRING_MAP)
            .blocks("endpoint", Common.withHttpClient(BlockSchema.builder()
                            .optional("name", ValueSpec.STRING)
                            .required("url", ValueSpec.STRING)
                            .optional("remote_timeout", ValueSpec.DURATION)
                            .optional("headers", STRING_MAP)
                            .optional("send_exemplars", ValueSpec.BOOL)
                            .optional("send_native_histograms", ValueSpec.BOOL))
                    .block("queue_config", BlockSchema.builder()
                            .optional("capacity", ValueSpec.NUMBER)
                            .optional("min_shards", ValueSpec.NUMBER)
                            .optional("max_shards", ValueSpec.NUMBER)
                            .optional("max_samples_per_send", ValueSpec.NUMBER)
                            .optional("batch_send_deadline", ValueSpec.DURATION)
                            .optional("min_backoff", ValueSpec.DURATION)
                            .optional("max_backoff", ValueSpec.DURATION)
                            .optional("retry_on_http_429", ValueSpec.BOOL)
                            .optional("sample_age_limit", ValueSpec.DURATION)
                            .build(), false)
                    .block("metadata_config", BlockSchema.builder()
                            .optional("send", ValueSpec.BOOL)
                            .optional("send_interval", ValueSpec.DURATION)
                            .optional("max_samples_per_send", ValueSpec.NUMBER)
                            .build(), false)
                    .blocks("write_relabel_config", RELABEL_RULE, false)
                    .build(), false)
            .block("wal", BlockSchema.builder()
                    .optional("truncate_frequency", ValueSpec.DURATION)
                    .optional("min_keepalive_time", ValueSpec.DURATION)
                    .optional("max_keepalive_time", ValueSpec.DURATION)
                    .build(), false)
            .build();

    static final BlockSchema REDIS = BlockSchema.builder()
            .required("redis_addr", ValueSpec.STRING)
            .optional("redis_user", ValueSpec.STRING)
            .optional("redis_password", ValueSpec.SECRET)
            .optional("redis_password_file", ValueSpec.STRING)
            .optional("namespace", ValueSpec.STRING)
            .optional("config_command", ValueSpec.STRING)
            .optional("check_keys", STRINGS)
            .optional("check_single_keys", STRINGS)
            .optional("script_paths", STRINGS)
            .optional("connection_timeout", ValueSpec.DURATION)
            .optional("include_exporter_metrics", ValueSpec.BOOL)
            .optional("incl_system_metrics", ValueSpec.BOOL)
            .optional("is_tile38", ValueSpec.BOOL)
            .optional("is_cluster", ValueSpec.BOOL)
            .optional("export_client_list", ValueSpec.BOOL)
            .optional("skip_tls_verification", ValueSpec.BOOL)
            .build();
}
