package io.jalloy.remote.http.config;

import io.jalloy.syntax.value.Secret;
import java.util.List;
import java.util.Map;

/**
 * Alloy's common {@code client} block for HTTP clients: authentication, proxy, TLS, redirects and
 * extra headers. {@code oauth2} is not supported yet. The proxy attributes sit in the block
 * itself, as in Alloy.
 */
public record HttpClientConfig(
        BasicAuth basicAuth,
        Authorization authorization,
        Secret bearerToken,
        String bearerTokenFile,
        String proxyUrl,
        String noProxy,
        boolean proxyFromEnvironment,
        Map<String, List<Secret>> proxyConnectHeader,
        TlsConfig tlsConfig,
        boolean followRedirects,
        boolean enableHttp2,
        Map<String, List<Secret>> httpHeaders) {

    /** Alloy's defaults: no authentication, no proxy, follow redirects, HTTP/2 allowed. */
    public static final HttpClientConfig DEFAULT =
            new HttpClientConfig(null, null, null, "", "", "", false, Map.of(), TlsConfig.EMPTY, true, true, Map.of());

    /**
     * Checks the block the way Alloy does, with Alloy's messages.
     *
     * @throws IllegalArgumentException naming the first problem
     */
    public void validate() {
        int authentications = (basicAuth != null ? 1 : 0)
                + (authorization != null ? 1 : 0)
                + (ConfigText.isSet(bearerToken) ? 1 : 0)
                + (bearerTokenFile.isEmpty() ? 0 : 1);
        if (authentications > 1) {
            throw new IllegalArgumentException("at most one of basic_auth, authorization, oauth2, bearer_token & "
                    + "bearer_token_file must be configured");
        }
        if (basicAuth != null) {
            basicAuth.validate();
        }
        if (authorization != null) {
            authorization.validate();
        }
        tlsConfig.validate();
        HeaderRules.validate(httpHeaders);
        validateProxy();
    }

    private void validateProxy() {
        boolean hasProxyUrl = !proxyUrl.isEmpty();
        if (!proxyConnectHeader.isEmpty() && !proxyFromEnvironment && !hasProxyUrl) {
            throw new IllegalArgumentException(
                    "if proxy_connect_header is configured, proxy_url or proxy_from_environment must also be configured");
        }
        if (proxyFromEnvironment && hasProxyUrl) {
            throw new IllegalArgumentException(
                    "if proxy_from_environment is configured, proxy_url must not be configured");
        }
        if (proxyFromEnvironment && !noProxy.isEmpty()) {
            throw new IllegalArgumentException(
                    "if proxy_from_environment is configured, no_proxy must not be configured");
        }
        if (!hasProxyUrl && !noProxy.isEmpty()) {
            throw new IllegalArgumentException("if no_proxy is configured, proxy_url must also be configured");
        }
    }
}
