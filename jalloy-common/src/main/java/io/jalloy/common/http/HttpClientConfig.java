package io.jalloy.common.http;

import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Block;
import io.jalloy.syntax.decode.Validating;
import io.jalloy.syntax.value.Secret;
import io.jalloy.syntax.value.ValueException;
import java.util.List;
import java.util.Map;

/**
 * Alloy's common {@code client} block for HTTP clients: authentication, proxy, TLS, redirects and
 * extra headers. The proxy attributes sit in the block itself, as in Alloy.
 */
public record HttpClientConfig(
        @Block(value = "basic_auth", optional = true) BasicAuth basicAuth,
        @Block(value = "authorization", optional = true) Authorization authorization,
        @Block(value = "oauth2", optional = true) OAuth2Config oauth2,
        @Attr(value = "bearer_token", optional = true) Secret bearerToken,
        @Attr(value = "bearer_token_file", optional = true) String bearerTokenFile,
        @Attr(value = "proxy_url", optional = true) String proxyUrl,
        @Attr(value = "no_proxy", optional = true) String noProxy,
        @Attr(value = "proxy_from_environment", optional = true) boolean proxyFromEnvironment,
        @Attr(value = "proxy_connect_header", optional = true) Map<String, List<Secret>> proxyConnectHeader,
        @Block(value = "tls_config", optional = true) TlsConfig tlsConfig,
        @Attr(value = "follow_redirects", optional = true) boolean followRedirects,
        @Attr(value = "enable_http2", optional = true) boolean enableHttp2,
        @Attr(value = "http_headers", optional = true) Map<String, List<Secret>> httpHeaders)
        implements Validating {

    /** Alloy's defaults: no authentication, no proxy, follow redirects, HTTP/2 allowed. */
    public static final HttpClientConfig DEFAULT =
            new HttpClientConfig(null, null, null, null, "", "", "", false, Map.of(), TlsConfig.EMPTY, true, true, Map.of());

    /** The decoder's starting point. */
    public static HttpClientConfig defaults() {
        return DEFAULT;
    }

    /** Checks the block the way Alloy does, with Alloy's messages; the first problem is thrown. */
    @Override
    public void validate() throws ValueException {
        int authentications = (basicAuth != null ? 1 : 0)
                + (authorization != null ? 1 : 0)
                + (oauth2 != null ? 1 : 0)
                + (ConfigText.isSet(bearerToken) ? 1 : 0)
                + (bearerTokenFile.isEmpty() ? 0 : 1);
        if (authentications > 1) {
            throw new ValueException("at most one of basic_auth, authorization, oauth2, bearer_token & "
                    + "bearer_token_file must be configured");
        }
        if (basicAuth != null) {
            basicAuth.validate();
        }
        if (authorization != null) {
            authorization.validate();
        }
        if (oauth2 != null) {
            oauth2.validate();
        }
        tlsConfig.validate();
        HeaderRules.validate(httpHeaders);
        validateProxy();
    }

    private void validateProxy() throws ValueException {
        boolean hasProxyUrl = !proxyUrl.isEmpty();
        if (!proxyConnectHeader.isEmpty() && !proxyFromEnvironment && !hasProxyUrl) {
            throw new ValueException(
                    "if proxy_connect_header is configured, proxy_url or proxy_from_environment must also be configured");
        }
        if (proxyFromEnvironment && hasProxyUrl) {
            throw new ValueException(
                    "if proxy_from_environment is configured, proxy_url must not be configured");
        }
        if (proxyFromEnvironment && !noProxy.isEmpty()) {
            throw new ValueException(
                    "if proxy_from_environment is configured, no_proxy must not be configured");
        }
        if (!hasProxyUrl && !noProxy.isEmpty()) {
            throw new ValueException("if no_proxy is configured, proxy_url must also be configured");
        }
    }
}
