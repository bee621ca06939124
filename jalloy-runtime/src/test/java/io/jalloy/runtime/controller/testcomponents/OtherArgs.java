package io.jalloy.runtime.controller.testcomponents;

import io.jalloy.runtime.controller.testcomponents.CommonArgs.HttpClient;
import io.jalloy.runtime.controller.testcomponents.CommonArgs.Rule;
import io.jalloy.runtime.controller.testcomponents.TestTypes.HeaderAction;
import io.jalloy.runtime.controller.testcomponents.TestTypes.OtelHandler;
import io.jalloy.runtime.controller.testcomponents.TestTypes.Target;
import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Block;
import io.jalloy.syntax.decode.Squash;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** TEST-ONLY arguments of local.*, remote.http, discovery.* and otelcol.* components. */
final class OtherArgs {
    private OtherArgs() {}

    record FileMatch(
            @Attr("path_targets") List<Target> pathTargets,
            @Attr(value = "sync_period", optional = true) Duration syncPeriod,
            @Attr(value = "ignore_older_than", optional = true) Duration ignoreOlderThan) {}

    record File(
            @Attr("filename") String filename,
            @Attr(value = "detector", optional = true) String detector,
            @Attr(value = "poll_frequency", optional = true) Duration pollFrequency,
            @Attr(value = "is_secret", optional = true) boolean isSecret) {}

    record RemoteHttp(
            @Attr("url") String url,
            @Block(value = "client", optional = true) HttpClient client,
            @Attr(value = "poll_frequency", optional = true) Duration pollFrequency,
            @Attr(value = "poll_timeout", optional = true) Duration pollTimeout,
            @Attr(value = "is_secret", optional = true) boolean isSecret,
            @Attr(value = "method", optional = true) String method,
            @Attr(value = "headers", optional = true) Map<String, String> headers,
            @Attr(value = "body", optional = true) String body) {}

    record DiscoveryRelabel(
            @Attr("targets") List<Target> targets,
            @Block(value = "rule", optional = true) List<Rule> rules) {}

    record Namespaces(
            @Attr(value = "own_namespace", optional = true) boolean ownNamespace,
            @Attr(value = "names", optional = true) List<String> names) {}

    record Selector(
            @Attr("role") String role,
            @Attr(value = "label", optional = true) String label,
            @Attr(value = "field", optional = true) String field) {}

    record Kubernetes(
            @Attr(value = "api_server", optional = true) String apiServer,
            @Attr("role") String role,
            @Attr(value = "kubeconfig_file", optional = true) String kubeconfigFile,
            @Squash HttpClient client,
            @Block(value = "namespaces", optional = true) Namespaces namespaces,
            @Block(value = "selectors", optional = true) List<Selector> selectors) {}

    record OtelTls(
            @Attr(value = "ca_file", optional = true) String caFile,
            @Attr(value = "cert_file", optional = true) String certFile,
            @Attr(value = "key_file", optional = true) String keyFile,
            @Attr(value = "insecure", optional = true) boolean insecure,
            @Attr(value = "insecure_skip_verify", optional = true) boolean insecureSkipVerify,
            @Attr(value = "server_name", optional = true) String serverName) {}

    record GrpcClient(
            @Attr("endpoint") String endpoint,
            @Attr(value = "compression", optional = true) String compression,
            @Block(value = "tls", optional = true) OtelTls tls,
            @Attr(value = "headers", optional = true) Map<String, String> headers,
            @Attr(value = "balancer_name", optional = true) String balancerName,
            @Attr(value = "authority", optional = true) String authority,
            @Attr(value = "auth", optional = true) OtelHandler auth) {}

    record ExporterOtlp(
            @Attr(value = "timeout", optional = true) Duration timeout,
            @Block("client") GrpcClient client) {}

    record Header(
            @Attr("key") String key,
            @Attr(value = "value", optional = true) String value,
            @Attr(value = "from_context", optional = true) String fromContext,
            @Attr(value = "action", optional = true) HeaderAction action) {}

    record AuthHeaders(@Block(value = "header", optional = true) List<Header> headers) {}
}
