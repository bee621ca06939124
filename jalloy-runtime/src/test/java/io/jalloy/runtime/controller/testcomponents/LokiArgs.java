package io.jalloy.runtime.controller.testcomponents;

import io.jalloy.runtime.controller.testcomponents.CommonArgs.HttpClient;
import io.jalloy.runtime.controller.testcomponents.TestTypes.LogsReceiver;
import io.jalloy.runtime.controller.testcomponents.TestTypes.Target;
import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Block;
import io.jalloy.syntax.decode.Enum;
import io.jalloy.syntax.decode.Squash;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** TEST-ONLY arguments of loki.source.file, loki.process (a few stages) and loki.write. */
final class LokiArgs {
    private LokiArgs() {}

    record Decompression(
            @Attr("enabled") boolean enabled,
            @Attr(value = "initial_delay", optional = true) Duration initialDelay,
            @Attr("format") String format) {}

    record FileWatch(
            @Attr(value = "min_poll_frequency", optional = true) Duration minPollFrequency,
            @Attr(value = "max_poll_frequency", optional = true) Duration maxPollFrequency) {}

    record FileMatch(
            @Attr(value = "enabled", optional = true) boolean enabled,
            @Attr(value = "sync_period", optional = true) Duration syncPeriod,
            @Attr(value = "ignore_older_than", optional = true) Duration ignoreOlderThan) {}

    record SourceFile(
            @Attr("targets") List<Target> targets,
            @Attr("forward_to") List<LogsReceiver> forwardTo,
            @Attr(value = "encoding", optional = true) String encoding,
            @Block(value = "decompression", optional = true) Decompression decompression,
            @Block(value = "file_watch", optional = true) FileWatch fileWatch,
            @Block(value = "file_match", optional = true) FileMatch fileMatch,
            @Attr(value = "tail_from_end", optional = true) boolean tailFromEnd,
            @Attr(value = "legacy_positions_file", optional = true) String legacyPositionsFile,
            @Attr(value = "on_positions_file_error", optional = true) String onPositionsFileError) {}

    record Logfmt(
            @Attr("mapping") Map<String, String> mapping,
            @Attr(value = "source", optional = true) String source) {}

    record Labels(@Attr("values") Map<String, String> values) {}

    record Json(
            @Attr("expressions") Map<String, String> expressions,
            @Attr(value = "source", optional = true) String source,
            @Attr(value = "drop_malformed", optional = true) boolean dropMalformed) {}

    record StaticLabels(@Attr(value = "values", optional = true) Map<String, String> values) {}

    /** One {@code stage.*} block. */
    record Stage(
            @Block(value = "logfmt", optional = true) Logfmt logfmt,
            @Block(value = "labels", optional = true) Labels labels,
            @Block(value = "json", optional = true) Json json,
            @Block(value = "static_labels", optional = true) StaticLabels staticLabels) {}

    record Process(
            @Attr("forward_to") List<LogsReceiver> forwardTo,
            @Enum(value = "stage", optional = true) List<Stage> stages) {}

    record Endpoint(
            @Attr(value = "name", optional = true) String name,
            @Attr("url") String url,
            @Attr(value = "headers", optional = true) Map<String, String> headers,
            @Attr(value = "batch_wait", optional = true) Duration batchWait,
            @Attr(value = "batch_size", optional = true) String batchSize,
            @Attr(value = "remote_timeout", optional = true) Duration remoteTimeout,
            @Attr(value = "min_backoff_period", optional = true) Duration minBackoffPeriod,
            @Attr(value = "max_backoff_period", optional = true) Duration maxBackoffPeriod,
            @Attr(value = "max_backoff_retries", optional = true) long maxBackoffRetries,
            @Attr(value = "tenant_id", optional = true) String tenantId,
            @Attr(value = "retry_on_http_429", optional = true) boolean retryOnHttp429,
            @Squash HttpClient client) {}

    record Write(
            @Block(value = "endpoint", optional = true) List<Endpoint> endpoints,
            @Attr(value = "max_streams", optional = true) long maxStreams,
            @Attr(value = "external_labels", optional = true) Map<String, String> externalLabels) {}
}
