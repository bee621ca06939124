package io.jalloy.runtime.controller.internal.check;

import io.jalloy.runtime.controller.BlockSchema;
import io.jalloy.runtime.controller.ValueSpec;
import java.util.Map;
import java.util.Set;

/**
 * The config blocks the controller handles itself (not components), with the arguments Alloy
 * accepts in each: logging, tracing, argument, export, foreach and the import sources.
 */
public final class ConfigBlocks {
    private ConfigBlocks() {}

    /** Block names that are config blocks rather than components. */
    public static final Set<String> NAMES = Set.of("foreach", "argument", "export", "logging", "tracing",
            "import.file", "import.string", "import.http", "import.git");

    /** Stability of the foreach block. */
    public static final io.jalloy.component.Stability FOREACH_STABILITY =
            io.jalloy.component.Stability.EXPERIMENTAL;

    static final BlockSchema BASIC_AUTH = BlockSchema.builder()
            .optional("username", ValueSpec.STRING)
            .optional("password", ValueSpec.SECRET)
            .optional("password_file", ValueSpec.STRING)
            .build();

    private static final ValueSpec LOG_LEVEL = ValueSpec.text(s -> switch (s) {
        case "debug", "info", "warn", "error" -> null;
        default -> "unrecognized log level \"" + s + "\"";
    });

    private static final ValueSpec LOG_FORMAT = ValueSpec.text(s -> switch (s) {
        case "logfmt", "json" -> null;
        default -> "unrecognized log format \"" + s + "\"";
    });

    static final BlockSchema LOGGING = BlockSchema.builder()
            .optional("level", LOG_LEVEL)
            .optional("format", LOG_FORMAT)
            .optional("write_to", ValueSpec.arrayOf(ValueSpec.capsule("loki.LogsReceiver")))
            .build();

    static final BlockSchema TRACING = BlockSchema.builder()
            .optional("sampling_fraction", ValueSpec.NUMBER)
            .block("sampler", BlockSchema.builder()
                    .block("jaeger_remote", BlockSchema.builder()
                            .optional("url", ValueSpec.STRING)
                            .optional("max_operations", ValueSpec.NUMBER)
                            .optional("refresh_interval", ValueSpec.DURATION)
                            .build(), false)
                    .build(), false)
            .optional("write_to", ValueSpec.arrayOf(ValueSpec.capsule("otelcol.Consumer")))
            .optional("send_traceparent", ValueSpec.BOOL)
            .build();

    static final BlockSchema ARGUMENT = BlockSchema.builder()
            .optional("optional", ValueSpec.BOOL)
            .optional("comment", ValueSpec.STRING)
            .optional("default", ValueSpec.ANY)
            .build();

    static final BlockSchema EXPORT = BlockSchema.builder()
            .required("value", ValueSpec.ANY)
            .build();

    static final BlockSchema FOREACH = BlockSchema.builder()
            .required("collection", ValueSpec.arrayOf(ValueSpec.ANY))
            .required("var", ValueSpec.STRING)
            .optional("id", ValueSpec.STRING)
            .optional("enable_metrics", ValueSpec.BOOL)
            .optional("hash_string_id", ValueSpec.BOOL)
            .build();

    static final Map<String, BlockSchema> IMPORTS = Map.of(
            "import.file", BlockSchema.builder()
                    .required("filename", ValueSpec.STRING)
                    .optional("detector", ValueSpec.STRING)
                    .optional("poll_frequency", ValueSpec.DURATION)
                    .build(),
            "import.string", BlockSchema.builder()
                    .required("content", ValueSpec.SECRET)
                    .build(),
            "import.http", BlockSchema.builder()
                    .required("url", ValueSpec.STRING)
                    .optional("method", ValueSpec.STRING)
                    .optional("headers", ValueSpec.mapOf(ValueSpec.SECRET))
                    .optional("poll_frequency", ValueSpec.DURATION)
                    .optional("poll_timeout", ValueSpec.DURATION)
                    .block("client", HttpClientSchema.CLIENT, false)
                    .build(),
            "import.git", BlockSchema.builder()
                    .required("repository", ValueSpec.STRING)
                    .optional("revision", ValueSpec.STRING)
                    .required("path", ValueSpec.STRING)
                    .optional("pull_frequency", ValueSpec.DURATION)
                    .block("basic_auth", BASIC_AUTH, false)
                    .block("ssh_key", BlockSchema.builder()
                            .optional("username", ValueSpec.STRING)
                            .optional("key", ValueSpec.SECRET)
                            .optional("key_file", ValueSpec.STRING)
                            .optional("passphrase", ValueSpec.SECRET)
                            .build(), false)
                    .build());
}
