package io.jalloy.common.http;

import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Block;
import io.jalloy.syntax.value.Secret;
import io.jalloy.syntax.value.ValueException;
import java.util.List;
import java.util.Map;

/**
 * The {@code oauth2} block: fetch a token from {@code token_url} and send it as a bearer token.
 * Jalloy implements the {@code client_credentials} grant; the JWT bearer grant is accepted by
 * validation (as in Alloy) but fails when a token is requested.
 */
public record OAuth2Config(
        @Attr(value = "client_id", optional = true) String clientId,
        @Attr(value = "client_secret", optional = true) Secret clientSecret,
        @Attr(value = "client_secret_file", optional = true) String clientSecretFile,
        @Attr(value = "client_certificate_key_id", optional = true) String clientCertificateKeyId,
        @Attr(value = "client_certificate_key", optional = true) Secret clientCertificateKey,
        @Attr(value = "client_certificate_key_file", optional = true) String clientCertificateKeyFile,
        @Attr(value = "grant_type", optional = true) String grantType,
        @Attr(value = "signature_algorithm", optional = true) String signatureAlgorithm,
        @Attr(value = "iss", optional = true) String iss,
        @Attr(value = "audience", optional = true) String audience,
        @Attr(value = "claims", optional = true) Map<String, Object> claims,
        @Attr(value = "scopes", optional = true) List<String> scopes,
        @Attr(value = "token_url", optional = true) String tokenUrl,
        @Attr(value = "endpoint_params", optional = true) Map<String, String> endpointParams,
        @Attr(value = "proxy_url", optional = true) String proxyUrl,
        @Attr(value = "no_proxy", optional = true) String noProxy,
        @Attr(value = "proxy_from_environment", optional = true) boolean proxyFromEnvironment,
        @Attr(value = "proxy_connect_header", optional = true) Map<String, List<Secret>> proxyConnectHeader,
        @Block(value = "tls_config", optional = true) TlsConfig tlsConfig) {

    /** The grant Jalloy implements, and Alloy's default. */
    public static final String CLIENT_CREDENTIALS = "client_credentials";
    /** The JWT bearer grant (RFC 7523). */
    public static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    /** Alloy's defaults: the client credentials grant, RS256 signatures. */
    public static OAuth2Config defaults() {
        return new OAuth2Config("", null, "", "", null, "", CLIENT_CREDENTIALS, "RS256", "", "", Map.of(), List.of(),
                "", Map.of(), "", "", false, Map.of(), TlsConfig.EMPTY);
    }

    /** The proxy settings of the token requests, in the shape of a client block. */
    public HttpClientConfig tokenClient() {
        return new HttpClientConfig(null, null, null, null, "", proxyUrl, noProxy, proxyFromEnvironment, proxyConnectHeader,
                tlsConfig, true, true, Map.of());
    }

    void validate() throws ValueException {
        if (clientId.isEmpty()) {
            throw new ValueException("oauth2 client_id must be configured");
        }
        if (tokenUrl.isEmpty()) {
            throw new ValueException("oauth2 token_url must be configured");
        }
        boolean hasSecret = ConfigText.isSet(clientSecret);
        boolean hasKey = ConfigText.isSet(clientCertificateKey);
        switch (grantType) {
            case JWT_BEARER -> {
                if (!hasKey && clientCertificateKeyFile.isEmpty()) {
                    throw new ValueException(
                            "either oauth2 client_certificate_key or client_certificate_key_file must be configured");
                }
                if (hasKey && !clientCertificateKeyFile.isEmpty()) {
                    throw new ValueException("at most one of oauth2 client_certificate_key and "
                            + "client_certificate_key_file must be configured");
                }
            }
            case CLIENT_CREDENTIALS -> {
                if (!hasSecret && clientSecretFile.isEmpty()) {
                    throw new ValueException("either oauth2 client_secret or client_secret_file must be configured");
                }
                if (hasSecret && !clientSecretFile.isEmpty()) {
                    throw new ValueException(
                            "at most one of oauth2 client_secret & client_secret_file must be configured");
                }
            }
            default -> throw new ValueException("unsupported oauth2 grant_type \"" + grantType + "\"");
        }
        tokenClient().validate();
    }
}
