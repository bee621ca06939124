package io.jalloy.runtime.controller.internal.check;

import io.jalloy.runtime.controller.BlockSchema;
import io.jalloy.runtime.controller.ValueSpec;

/**
 * Alloy's shared HTTP client block ({@code client { ... }} in import.http and many components)
 * and its TLS block.
 */
final class HttpClientSchema {
    private HttpClientSchema() {}

    /** A {@code tls_config} block. */
    static final BlockSchema TLS = BlockSchema.builder()
            .optional("ca_pem", ValueSpec.STRING)
            .optional("ca_file", ValueSpec.STRING)
            .optional("cert_pem", ValueSpec.STRING)
            .optional("cert_file", ValueSpec.STRING)
            .optional("key_pem", ValueSpec.SECRET)
            .optional("key_file", ValueSpec.STRING)
            .optional("server_name", ValueSpec.STRING)
            .optional("insecure_skip_verify", ValueSpec.BOOL)
            .optional("min_version", ValueSpec.STRING)
            .build();

    /** A {@code client} block (HTTPClientConfig). */
    static final BlockSchema CLIENT = BlockSchema.builder()
            .block("basic_auth", ConfigBlocks.BASIC_AUTH, false)
            .block("authorization", BlockSchema.builder()
                    .optional("type", ValueSpec.STRING)
                    .optional("credentials", ValueSpec.SECRET)
                    .optional("credentials_file", ValueSpec.STRING)
                    .build(), false)
            .block("oauth2", BlockSchema.builder()
                    .optional("client_id", ValueSpec.STRING)
                    .optional("client_secret", ValueSpec.SECRET)
                    .optional("client_secret_file", ValueSpec.STRING)
                    .optional("scopes", ValueSpec.arrayOf(ValueSpec.STRING))
                    .optional("token_url", ValueSpec.STRING)
                    .optional("endpoint_params", ValueSpec.mapOf(ValueSpec.STRING))
                    .block("tls_config", TLS, false)
                    .build(), false)
            .optional("bearer_token", ValueSpec.SECRET)
            .optional("bearer_token_file", ValueSpec.STRING)
            .optional("proxy_url", ValueSpec.STRING)
            .optional("no_proxy", ValueSpec.STRING)
            .optional("proxy_from_environment", ValueSpec.BOOL)
            .optional("proxy_connect_header", ValueSpec.mapOf(ValueSpec.arrayOf(ValueSpec.SECRET)))
            .block("tls_config", TLS, false)
            .optional("follow_redirects", ValueSpec.BOOL)
            .optional("enable_http2", ValueSpec.BOOL)
            .optional("http_headers", ValueSpec.mapOf(ValueSpec.arrayOf(ValueSpec.SECRET)))
            .build();
}
