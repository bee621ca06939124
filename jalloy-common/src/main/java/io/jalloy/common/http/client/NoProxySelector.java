package io.jalloy.common.http.client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Sends requests through one proxy except to the hosts of a {@code no_proxy} list: comma-separated
 * host names (a leading dot or a plain name also matches sub-domains, as in Go) or {@code *}.
 */
final class NoProxySelector extends ProxySelector {
    private final Proxy proxy;
    private final List<String> exceptions;

    NoProxySelector(InetSocketAddress proxyAddress, String noProxy) {
        this.proxy = new Proxy(Proxy.Type.HTTP, proxyAddress);
        this.exceptions = List.of(noProxy.split(",")).stream()
                .map(entry -> entry.strip().toLowerCase(Locale.ROOT))
                .filter(entry -> !entry.isEmpty())
                .toList();
    }

    @Override
    public List<Proxy> select(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        for (String exception : exceptions) {
            if (matches(host, exception)) {
                return List.of(Proxy.NO_PROXY);
            }
        }
        return List.of(proxy);
    }

    private static boolean matches(String host, String exception) {
        if (exception.equals("*")) {
            return true;
        }
        String bare = exception.startsWith(".") ? exception.substring(1) : exception;
        return host.equals(bare) || host.endsWith("." + bare);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        // Nothing to learn: there is a single proxy.
    }
}
