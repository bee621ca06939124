package io.jalloy.runtime.http;

import java.util.Objects;

/**
 * How the HTTP server is exposed.
 *
 * @param listenAddr {@code --server.http.listen-addr}, {@code host:port}; port 0 picks a free port
 * @param uiPathPrefix {@code --server.http.ui-path-prefix}; the UI API is served under
 *     {@code <prefix>api/v0/web/}
 */
public record HttpServerOptions(String listenAddr, String uiPathPrefix) {

    /** Alloy's default listen address. */
    public static final String DEFAULT_LISTEN_ADDR = "127.0.0.1:12345";

    public HttpServerOptions {
        Objects.requireNonNull(listenAddr, "listenAddr");
        uiPathPrefix = normalisePrefix(uiPathPrefix);
    }

    /** Alloy's defaults: {@code 127.0.0.1:12345} and {@code /}. */
    public static HttpServerOptions defaults() {
        return new HttpServerOptions(DEFAULT_LISTEN_ADDR, "/");
    }

    /** The host part of the listen address ({@code ""} means every interface, as in Go). */
    public String host() {
        String addr = listenAddr;
        int colon = addr.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("address " + addr + ": missing port in address");
        }
        String host = addr.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return host;
    }

    /** The port part of the listen address. */
    public int port() {
        int colon = listenAddr.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("address " + listenAddr + ": missing port in address");
        }
        String port = listenAddr.substring(colon + 1);
        try {
            int p = Integer.parseInt(port);
            if (p < 0 || p > 65535) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("address " + listenAddr + ": invalid port \"" + port + "\"");
        }
    }

    private static String normalisePrefix(String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return "/";
        }
        String p = prefix.startsWith("/") ? prefix : "/" + prefix;
        return p.endsWith("/") ? p : p + "/";
    }
}
