package io.jalloy.runtime.controller.testcomponents;

import static io.jalloy.runtime.controller.testcomponents.Common.STRING_MAP;

import io.jalloy.runtime.controller.BlockSchema;
import io.jalloy.runtime.controller.ValueSpec;

/** TEST-ONLY schemas of otelcol.exporter.otlp and otelcol.auth.headers. */
final class OtelSchemas {
    private OtelSchemas() {}

    private static final BlockSchema TLS = BlockSchema.builder()
            .optional("ca_pem", ValueSpec.STRING)
            .optional("ca_file", ValueSpec.STRING)
            .optional("cert_pem", ValueSpec.STRING)
            .optional("cert_file", ValueSpec.STRING)
            .optional("key_pem", ValueSpec.SECRET)
            .optional("key_file", ValueSpec.STRING)
            .optional("insecure", ValueSpec.BOOL)
            .optional("insecure_skip_verify", ValueSpec.BOOL)
            .optional("server_name", ValueSpec.STRING)
            .optional("min_version", ValueSpec.STRING)
            .optional("max_version", ValueSpec.STRING)
            .build();

    static final BlockSchema EXPORTER_OTLP = BlockSchema.builder()
            .optional("timeout", ValueSpec.DURATION)
            .block("sending_queue", BlockSchema.builder()
                    .optional("enabled", ValueSpec.BOOL)
                    .optional("num_consumers", ValueSpec.NUMBER)
                    .optional("queue_size", ValueSpec.NUMBER)
                    .build(), false)
            .block("retry_on_failure", BlockSchema.builder()
                    .optional("enabled", ValueSpec.BOOL)
                    .optional("initial_interval", ValueSpec.DURATION)
                    .optional("randomization_factor", ValueSpec.NUMBER)
                    .optional("multiplier", ValueSpec.NUMBER)
                    .optional("max_interval", ValueSpec.DURATION)
                    .optional("max_elapsed_time", ValueSpec.DURATION)
                    .build(), false)
            .block("client", BlockSchema.builder()
                    .required("endpoint", ValueSpec.STRING)
                    .optional("compression", ValueSpec.STRING)
                    .block("tls", TLS, false)
                    .block("keepalive", BlockSchema.builder()
                            .optional("ping_wait", ValueSpec.DURATION)
                            .optional("ping_response_timeout", ValueSpec.DURATION)
                            .optional("ping_without_stream", ValueSpec.BOOL)
                            .build(), false)
                    .optional("read_buffer_size", ValueSpec.STRING)
                    .optional("write_buffer_size", ValueSpec.STRING)
                    .optional("wait_for_ready", ValueSpec.BOOL)
                    .optional("headers", STRING_MAP)
                    .optional("balancer_name", ValueSpec.STRING)
                    .optional("authority", ValueSpec.STRING)
                    .optional("auth", ValueSpec.capsule("otelcol.Handler"))
                    .build(), true)
            .block("debug_metrics", BlockSchema.builder()
                    .optional("disable_high_cardinality_metrics", ValueSpec.BOOL)
                    .optional("level", ValueSpec.STRING)
                    .build(), false)
            .build();

    /** Header actions, parsed from text with otelcol's error for unknown ones. */
    private static final ValueSpec HEADER_ACTION = ValueSpec.text(s -> switch (s) {
        case "insert", "update", "upsert", "delete" -> null;
        default -> "unknown action " + s;
    });

    static final BlockSchema AUTH_HEADERS = BlockSchema.builder()
            .blocks("header", BlockSchema.builder()
                    .required("key", ValueSpec.STRING)
                    .optional("value", ValueSpec.SECRET)
                    .optional("from_context", ValueSpec.STRING)
                    .optional("action", HEADER_ACTION)
                    .build(), false)
            .build();
}
