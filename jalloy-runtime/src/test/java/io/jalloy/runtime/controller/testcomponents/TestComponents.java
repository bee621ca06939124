package io.jalloy.runtime.controller.testcomponents;

import static io.jalloy.runtime.controller.testcomponents.Common.LOGS_RECEIVERS;
import static io.jalloy.runtime.controller.testcomponents.Common.METRICS_RECEIVERS;
import static io.jalloy.runtime.controller.testcomponents.Common.RELABEL_RULE;
import static io.jalloy.runtime.controller.testcomponents.Common.STRINGS;
import static io.jalloy.runtime.controller.testcomponents.Common.STRING_MAP;
import static io.jalloy.runtime.controller.testcomponents.Common.TARGETS;

import io.jalloy.runtime.controller.BlockSchema;
import io.jalloy.runtime.controller.ComponentSchema;
import io.jalloy.runtime.controller.ComponentSchemas;
import io.jalloy.runtime.controller.ValueSpec;
import io.jalloy.runtime.controller.internal.check.HttpClientSchema;
import java.util.List;

/**
 * TEST-ONLY argument schemas of the Alloy components the validator conformance cases use, with
 * Alloy's argument names, types and required flags, so the harness can compare texts before
 * Jalloy has these components. Replaced by the real components' schemas in later issues.
 */
public final class TestComponents {
    private TestComponents() {}

    /** Every test-only component. */
    public static ComponentSchemas all() {
        return ComponentSchemas.of(List.of(
                ComponentSchema.ga("prometheus.relabel", BlockSchema.builder()
                        .required("forward_to", METRICS_RECEIVERS)
                        .blocks("rule", RELABEL_RULE, false)
                        .optional("max_cache_size", ValueSpec.NUMBER)
                        .build()),
                ComponentSchema.ga("discovery.relabel", BlockSchema.builder()
                        .required("targets", TARGETS)
                        .blocks("rule", RELABEL_RULE, false)
                        .build()),
                ComponentSchema.ga("local.file_match", BlockSchema.builder()
                        .required("path_targets", TARGETS)
                        .optional("sync_period", ValueSpec.DURATION)
                        .optional("ignore_older_than", ValueSpec.DURATION)
                        .build()),
                ComponentSchema.ga("local.file", BlockSchema.builder()
                        .required("filename", ValueSpec.STRING)
                        .optional("detector", ValueSpec.STRING)
                        .optional("poll_frequency", ValueSpec.DURATION)
                        .optional("is_secret", ValueSpec.BOOL)
                        .build()),
                ComponentSchema.ga("remote.http", BlockSchema.builder()
                        .required("url", ValueSpec.STRING)
                        .block("client", HttpClientSchema.CLIENT, false)
                        .optional("poll_frequency", ValueSpec.DURATION)
                        .optional("poll_timeout", ValueSpec.DURATION)
                        .optional("is_secret", ValueSpec.BOOL)
                        .optional("method", ValueSpec.STRING)
                        .optional("headers", STRING_MAP)
                        .optional("body", ValueSpec.STRING)
                        .build()),
                ComponentSchema.ga("loki.source.file", LokiSchemas.SOURCE_FILE),
                ComponentSchema.ga("loki.process", LokiSchemas.PROCESS),
                ComponentSchema.ga("loki.write", LokiSchemas.WRITE),
                ComponentSchema.ga("prometheus.scrape", PrometheusSchemas.SCRAPE),
                ComponentSchema.ga("prometheus.remote_write", PrometheusSchemas.REMOTE_WRITE),
                ComponentSchema.ga("prometheus.exporter.redis", PrometheusSchemas.REDIS),
                ComponentSchema.ga("discovery.kubernetes", Common.withHttpClient(BlockSchema.builder()
                                .optional("api_server", ValueSpec.STRING)
                                .required("role", ValueSpec.STRING)
                                .optional("kubeconfig_file", ValueSpec.STRING))
                        .block("namespaces", BlockSchema.builder()
                                .optional("own_namespace", ValueSpec.BOOL)
                                .optional("names", STRINGS)
                                .build(), false)
                        .blocks("selectors", BlockSchema.builder()
                                .required("role", ValueSpec.STRING)
                                .optional("label", ValueSpec.STRING)
                                .optional("field", ValueSpec.STRING)
                                .build(), false)
                        .block("attach_metadata", BlockSchema.builder()
                                .optional("node", ValueSpec.BOOL)
                                .optional("namespace", ValueSpec.BOOL)
                                .build(), false)
                        .build()),
                ComponentSchema.ga("otelcol.exporter.otlp", OtelSchemas.EXPORTER_OTLP),
                ComponentSchema.ga("otelcol.auth.headers", OtelSchemas.AUTH_HEADERS)));
    }
}
