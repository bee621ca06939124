package io.jalloy.runtime.controller.internal.check;

import io.jalloy.runtime.controller.BlockSchema;
import io.jalloy.runtime.controller.ValueSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Alloy's services, whose blocks sit at the top of a config ({@code http}, {@code livedebugging},
 * {@code remotecfg}); services without a config block reject one with Alloy's text.
 */
public final class Services {
    private Services() {}

    private static final BlockSchema HTTP_TLS = BlockSchema.builder()
            .optional("cert_pem", ValueSpec.STRING)
            .optional("cert_file", ValueSpec.STRING)
            .optional("key_pem", ValueSpec.SECRET)
            .optional("key_file", ValueSpec.STRING)
            .optional("client_ca_pem", ValueSpec.STRING)
            .optional("client_ca_file", ValueSpec.STRING)
            .optional("client_auth_type", ValueSpec.STRING)
            .optional("cipher_suites", ValueSpec.arrayOf(ValueSpec.STRING))
            .optional("curve_preferences", ValueSpec.arrayOf(ValueSpec.STRING))
            .optional("min_version", ValueSpec.STRING)
            .optional("max_version", ValueSpec.STRING)
            .block("windows_certificate_filter", BlockSchema.ANY_BODY, false)
            .build();

    /** Each service's config block, empty for services that take none. */
    public static Map<String, Optional<BlockSchema>> alloyDefaults() {
        Map<String, Optional<BlockSchema>> m = new LinkedHashMap<>();
        m.put("cluster", Optional.empty());
        m.put("http", Optional.of(BlockSchema.builder()
                .block("auth", BlockSchema.builder()
                        .block("basic", BlockSchema.builder()
                                .required("username", ValueSpec.STRING)
                                .required("password", ValueSpec.SECRET)
                                .build(), false)
                        .block("filter", BlockSchema.builder()
                                .optional("paths", ValueSpec.arrayOf(ValueSpec.STRING))
                                .optional("authenticate_matching_paths", ValueSpec.BOOL)
                                .build(), false)
                        .build(), false)
                .block("tls", HTTP_TLS, false)
                .build()));
        m.put("labelstore", Optional.empty());
        m.put("livedebugging", Optional.of(BlockSchema.builder()
                .optional("enabled", ValueSpec.BOOL)
                .build()));
        m.put("otel", Optional.empty());
        m.put("remotecfg", Optional.of(BlockSchema.builder()
                .optional("url", ValueSpec.STRING)
                .optional("id", ValueSpec.STRING)
                .optional("name", ValueSpec.STRING)
                .optional("attributes", ValueSpec.mapOf(ValueSpec.STRING))
                .optional("poll_frequency", ValueSpec.DURATION)
                .block("basic_auth", ConfigBlocks.BASIC_AUTH, false)
                .optional("bearer_token", ValueSpec.SECRET)
                .optional("bearer_token_file", ValueSpec.STRING)
                .block("tls_config", HttpClientSchema.TLS, false)
                .build()));
        m.put("ui", Optional.empty());
        return m;
    }
}
