package io.jalloy.runtime.controller.testcomponents;

import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Block;
import java.util.List;
import java.util.Map;

/** TEST-ONLY argument blocks shared by several components (names and types as in Alloy). */
final class CommonArgs {
    private CommonArgs() {}

    record BasicAuth(
            @Attr(value = "username", optional = true) String username,
            @Attr(value = "password", optional = true) String password,
            @Attr(value = "password_file", optional = true) String passwordFile) {}

    record TlsConfig(
            @Attr(value = "ca_pem", optional = true) String caPem,
            @Attr(value = "ca_file", optional = true) String caFile,
            @Attr(value = "cert_pem", optional = true) String certPem,
            @Attr(value = "cert_file", optional = true) String certFile,
            @Attr(value = "key_pem", optional = true) String keyPem,
            @Attr(value = "key_file", optional = true) String keyFile,
            @Attr(value = "server_name", optional = true) String serverName,
            @Attr(value = "insecure_skip_verify", optional = true) boolean insecureSkipVerify,
            @Attr(value = "min_version", optional = true) String minVersion) {}

    record Authorization(
            @Attr(value = "type", optional = true) String type,
            @Attr(value = "credentials", optional = true) String credentials,
            @Attr(value = "credentials_file", optional = true) String credentialsFile) {}

    /** Alloy's HTTPClientConfig, squashed into many components' arguments. */
    record HttpClient(
            @Block(value = "basic_auth", optional = true) BasicAuth basicAuth,
            @Block(value = "authorization", optional = true) Authorization authorization,
            @Attr(value = "bearer_token", optional = true) String bearerToken,
            @Attr(value = "bearer_token_file", optional = true) String bearerTokenFile,
            @Attr(value = "proxy_url", optional = true) String proxyUrl,
            @Attr(value = "no_proxy", optional = true) String noProxy,
            @Attr(value = "proxy_from_environment", optional = true) boolean proxyFromEnvironment,
            @Block(value = "tls_config", optional = true) TlsConfig tlsConfig,
            @Attr(value = "follow_redirects", optional = true) boolean followRedirects,
            @Attr(value = "enable_http2", optional = true) boolean enableHttp2,
            @Attr(value = "http_headers", optional = true) Map<String, List<String>> httpHeaders) {}

    /** A relabelling rule. */
    record Rule(
            @Attr(value = "source_labels", optional = true) List<String> sourceLabels,
            @Attr(value = "separator", optional = true) String separator,
            @Attr(value = "regex", optional = true) String regex,
            @Attr(value = "modulus", optional = true) long modulus,
            @Attr(value = "target_label", optional = true) String targetLabel,
            @Attr(value = "replacement", optional = true) String replacement,
            @Attr(value = "action", optional = true) String action) {}
}
