package io.jalloy.runtime.controller.testcomponents;

import static io.jalloy.runtime.controller.testcomponents.Common.LOGS_RECEIVERS;
import static io.jalloy.runtime.controller.testcomponents.Common.STRING_MAP;
import static io.jalloy.runtime.controller.testcomponents.Common.TARGETS;

import io.jalloy.runtime.controller.BlockSchema;
import io.jalloy.runtime.controller.ValueSpec;

/** TEST-ONLY schemas of loki.source.file, loki.process (a few stages) and loki.write. */
final class LokiSchemas {
    private LokiSchemas() {}

    static final BlockSchema SOURCE_FILE = BlockSchema.builder()
            .required("targets", TARGETS)
            .required("forward_to", LOGS_RECEIVERS)
            .optional("encoding", ValueSpec.STRING)
            .block("decompression", BlockSchema.builder()
                    .required("enabled", ValueSpec.BOOL)
                    .optional("initial_delay", ValueSpec.DURATION)
                    .required("format", ValueSpec.STRING)
                    .build(), false)
            .block("file_watch", BlockSchema.builder()
                    .optional("min_poll_frequency", ValueSpec.DURATION)
                    .optional("max_poll_frequency", ValueSpec.DURATION)
                    .build(), false)
            .block("file_match", BlockSchema.builder()
                    .optional("enabled", ValueSpec.BOOL)
                    .optional("sync_period", ValueSpec.DURATION)
                    .optional("ignore_older_than", ValueSpec.DURATION)
                    .build(), false)
            .optional("tail_from_end", ValueSpec.BOOL)
            .optional("legacy_positions_file", ValueSpec.STRING)
            .optional("on_positions_file_error", ValueSpec.text(s -> switch (s) {
                case "skip", "restart_from_end", "restart_from_beginning" -> null;
                default -> "unknown OnPositionsFileError value: " + s;
            }))
            .build();

    static final BlockSchema PROCESS = BlockSchema.builder()
            .required("forward_to", LOGS_RECEIVERS)
            .blocks("stage.logfmt", BlockSchema.builder()
                    .required("mapping", STRING_MAP)
                    .optional("source", ValueSpec.STRING)
                    .build(), false)
            .blocks("stage.labels", BlockSchema.builder()
                    .required("values", STRING_MAP)
                    .build(), false)
            .blocks("stage.json", BlockSchema.builder()
                    .required("expressions", STRING_MAP)
                    .optional("source", ValueSpec.STRING)
                    .optional("drop_malformed", ValueSpec.BOOL)
                    .build(), false)
            .blocks("stage.static_labels", BlockSchema.builder()
                    .optional("values", STRING_MAP)
                    .build(), false)
            .build();

    static final BlockSchema WRITE = BlockSchema.builder()
            .blocks("endpoint", Common.withHttpClient(BlockSchema.builder()
                            .optional("name", ValueSpec.STRING)
                            .required("url", ValueSpec.STRING)
                            .optional("headers", STRING_MAP)
                            .optional("batch_wait", ValueSpec.DURATION)
                            .optional("batch_size", ValueSpec.STRING)
                            .optional("remote_timeout", ValueSpec.DURATION)
                            .optional("min_backoff_period", ValueSpec.DURATION)
                            .optional("max_backoff_period", ValueSpec.DURATION)
                            .optional("max_backoff_retries", ValueSpec.NUMBER)
                            .optional("tenant_id", ValueSpec.STRING)
                            .optional("retry_on_http_429", ValueSpec.BOOL))
                    .build(), false)
            .optional("max_streams", ValueSpec.NUMBER)
            .optional("external_labels", STRING_MAP)
            .build();
}
