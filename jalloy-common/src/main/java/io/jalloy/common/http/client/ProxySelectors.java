package io.jalloy.common.http.client;

import io.jalloy.common.http.HttpClientConfig;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/** Chooses the proxy of a client block: {@code proxy_url} with {@code no_proxy}, or the environment. */
final class ProxySelectors {
    private ProxySelectors() {}

    /** The selector to install, or empty for direct connections. */
    static Optional<ProxySelector> of(HttpClientConfig config, Map<String, String> environment) {
        if (config.proxyFromEnvironment()) {
            String url = first(environment, "HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy");
            if (url.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new NoProxySelector(address(url), first(environment, "NO_PROXY", "no_proxy")));
        }
        if (config.proxyUrl().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NoProxySelector(address(config.proxyUrl()), config.noProxy()));
    }

    private static InetSocketAddress address(String url) {
        URI uri = URI.create(url.contains("://") ? url : "http://" + url);
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("invalid proxy URL " + url);
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        return InetSocketAddress.createUnresolved(uri.getHost(), port);
    }

    private static String first(Map<String, String> environment, String... names) {
        for (String name : names) {
            String value = environment.get(name);
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return "";
    }
}
