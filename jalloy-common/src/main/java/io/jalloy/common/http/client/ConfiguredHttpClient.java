package io.jalloy.common.http.client;

import io.jalloy.common.http.Authorization;
import io.jalloy.common.http.BasicAuth;
import io.jalloy.common.http.HttpClientConfig;
import io.jalloy.common.http.TlsConfig;
import io.jalloy.syntax.value.Secret;
import java.io.IOException;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JDK HTTP client set up from a {@code client} block, plus the per-request part of that block:
 * authentication (credential files are read on every request, so rotated tokens are picked up;
 * OAuth 2 tokens are cached until they expire) and {@code http_headers}.
 *
 * <p>Thread-safe; closed by the component when its arguments change or it stops.
 */
public final class ConfiguredHttpClient implements AutoCloseable {
    private final HttpClientConfig config;
    private final Optional<ProxySelector> proxy;
    private final TlsContexts.Tls tls; // null: the default TLS setup, built with the client
    private final OAuth2Tokens tokens;
    private volatile HttpClient client; // built on first use: plain-http pushes may never need it
    private boolean closed;

    private ConfiguredHttpClient(HttpClientConfig config, Optional<ProxySelector> proxy, TlsContexts.Tls tls,
            OAuth2Tokens tokens) {
        this.config = config;
        this.proxy = proxy;
        this.tls = tls;
        this.tokens = tokens;
    }

    /**
     * Builds a client; the block must have been validated.
     *
     * @throws IllegalArgumentException when TLS material or the proxy cannot be used
     */
    public static ConfiguredHttpClient build(HttpClientConfig config, Map<String, String> environment) {
        // Reading TLS files and parsing the proxy happen now, so their errors are configuration
        // errors; the default TLS context (all of JSSE) and the JDK client wait until first used.
        TlsContexts.Tls tls = TlsConfig.defaults().equals(config.tlsConfig()) ? null : TlsContexts.build(config.tlsConfig());
        Optional<ProxySelector> proxy = ProxySelectors.of(config, environment);
        OAuth2Tokens tokens = config.oauth2() == null
                ? null
                : new OAuth2Tokens(config.oauth2(), build(config.oauth2().tokenClient(), environment), Clock.systemUTC());
        return new ConfiguredHttpClient(config, proxy, tls, tokens);
    }

    /** Whether requests go through a proxy (so a direct connection must not be used). */
    public boolean proxied() {
        return proxy.isPresent();
    }

    /** The underlying client. */
    public HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                c = client;
                if (c == null) {
                    c = newClient();
                    client = c;
                    if (closed) {
                        c.close();
                    }
                }
            }
        }
        return c;
    }

    private HttpClient newClient() {
        TlsContexts.Tls t = tls != null ? tls : TlsContexts.build(config.tlsConfig());
        HttpClient.Builder builder = HttpClient.newBuilder()
                .sslContext(t.context())
                .sslParameters(t.parameters())
                .followRedirects(config.followRedirects() ? HttpClient.Redirect.NORMAL : HttpClient.Redirect.NEVER)
                .version(config.enableHttp2() ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1);
        proxy.ifPresent(builder::proxy);
        return builder.build();
    }

    /**
     * Adds the block's authentication and headers to a request.
     *
     * @throws IOException when a password or token file cannot be read
     */
    public HttpRequest.Builder authorize(HttpRequest.Builder request) throws IOException {
        for (Map.Entry<String, List<Secret>> header : config.httpHeaders().entrySet()) {
            for (Secret value : header.getValue()) {
                request.header(header.getKey(), value.value());
            }
        }
        BasicAuth basic = config.basicAuth();
        if (basic != null) {
            String password = secretOrFile(basic.password(), basic.passwordFile());
            String token = basic.username() + ":" + password;
            request.setHeader("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
        }
        Authorization authorization = config.authorization();
        if (authorization != null) {
            String credentials = secretOrFile(authorization.credentials(), authorization.credentialsFile());
            request.setHeader("Authorization", authorization.effectiveType() + " " + credentials);
        }
        if (config.bearerToken() != null && !config.bearerToken().value().isEmpty()) {
            request.setHeader("Authorization", "Bearer " + config.bearerToken().value());
        }
        if (tokens != null) {
            request.setHeader("Authorization", tokens.authorization());
        }
        if (!config.bearerTokenFile().isEmpty()) {
            request.setHeader("Authorization", "Bearer " + secretOrFile(null, config.bearerTokenFile()));
        }
        return request;
    }

    private static String secretOrFile(Secret inline, String file) throws IOException {
        if (!file.isEmpty()) {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
        }
        return inline == null ? "" : inline.value();
    }

    @Override
    public void close() {
        HttpClient c;
        synchronized (this) {
            closed = true;
            c = client;
        }
        if (c != null) {
            c.close();
        }
        if (tokens != null) {
            tokens.close();
        }
    }
}
