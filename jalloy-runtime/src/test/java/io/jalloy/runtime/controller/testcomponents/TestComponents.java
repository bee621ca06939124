package io.jalloy.runtime.controller.testcomponents;

import io.jalloy.component.ComponentProvider;
import io.jalloy.runtime.registry.ComponentRegistry;
import java.util.List;

/**
 * TEST-ONLY providers of the Alloy components the validator conformance cases use, with Alloy's
 * argument names, types and required flags as annotated records, so the harness checks texts
 * through the same path real components take. Replaced by the real components in later issues.
 */
public final class TestComponents {
    private TestComponents() {}

    /** A registry of every test-only component. */
    public static ComponentRegistry registry() {
        List<ComponentProvider<?, ?>> providers = List.of(
                new SchemaOnlyProvider<>("prometheus.relabel", PrometheusArgs.Relabel.class),
                new SchemaOnlyProvider<>("prometheus.scrape", PrometheusArgs.Scrape.class),
                new SchemaOnlyProvider<>("prometheus.remote_write", PrometheusArgs.RemoteWrite.class),
                new SchemaOnlyProvider<>("prometheus.exporter.redis", PrometheusArgs.Redis.class),
                new SchemaOnlyProvider<>("discovery.relabel", OtherArgs.DiscoveryRelabel.class),
                new SchemaOnlyProvider<>("discovery.kubernetes", OtherArgs.Kubernetes.class),
                new SchemaOnlyProvider<>("local.file_match", OtherArgs.FileMatch.class),
                new SchemaOnlyProvider<>("local.file", OtherArgs.File.class),
                new SchemaOnlyProvider<>("remote.http", OtherArgs.RemoteHttp.class),
                new SchemaOnlyProvider<>("loki.source.file", LokiArgs.SourceFile.class),
                new SchemaOnlyProvider<>("loki.process", LokiArgs.Process.class),
                new SchemaOnlyProvider<>("loki.write", LokiArgs.Write.class),
                new SchemaOnlyProvider<>("otelcol.exporter.otlp", OtherArgs.ExporterOtlp.class),
                new SchemaOnlyProvider<>("otelcol.auth.headers", OtherArgs.AuthHeaders.class));
        return ComponentRegistry.of(providers);
    }
}
