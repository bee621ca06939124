package io.jalloy.runtime.http;

import io.jalloy.runtime.ComponentInfoProvider;
import io.jalloy.runtime.http.internal.AuthGuard;
import io.jalloy.runtime.http.internal.Router;
import io.jalloy.runtime.render.BodyEncoder;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The process's HTTP server (Alloy's {@code http} service), on Jetty 12. Create, {@link #start},
 * {@link #stop}. Requests are served on a small pool of platform threads named {@code http-N};
 * handlers only read snapshots, except component handlers, which run component code.
 */
public final class RuntimeHttpServer {

    private static final int MAX_THREADS = 16;

    private final HttpServerOptions options;
    private final Server server;
    private final ServerConnector connector;
    private final AuthGuard guard;

    /**
     * @param options where to listen
     * @param components the running components, for the API, {@code /-/healthy} and component routes
     * @param metrics the registry {@code /metrics} serves
     * @param ready whether the first configuration has loaded ({@code /-/ready})
     * @param reload what {@code /-/reload} calls; null disables the endpoint, as in Alloy
     * @param bodies how arguments and exports are rendered in the API
     */
    public RuntimeHttpServer(HttpServerOptions options, ComponentInfoProvider components, PrometheusRegistry metrics,
            BooleanSupplier ready, ReloadHook reload, BodyEncoder bodies) {
        this.options = Objects.requireNonNull(options, "options");
        QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, 2);
        pool.setName("http");
        this.server = new Server(pool);
        this.connector = new ServerConnector(server, 1, 1);
        String host = options.host();
        connector.setHost(host.isEmpty() ? null : host);
        connector.setPort(options.port());
        server.addConnector(connector);
        this.guard = new AuthGuard(new Router(components, metrics, ready, reload, bodies, options.uiPathPrefix()));
        server.setHandler(guard);
        // Stop at once, as Alloy does (its Shutdown gets an already-cancelled context): a graceful
        // wait would hold shutdown for keep-alive connections.
        server.setStopTimeout(0);
    }

    /** Binds and starts serving; fails when the address cannot be bound. */
    public void start() throws Exception {
        try {
            server.start();
        } catch (Exception e) {
            server.stop();
            throw new java.io.IOException("failed to listen on " + options.listenAddr() + ": " + e.getMessage(), e);
        }
        String host = options.host();
        boolean wildcard = host.isEmpty() || host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
        io.jalloy.component.ServerAddress.set((wildcard ? "127.0.0.1" : host) + ":" + port());
    }

    /** Stops serving at once and releases the port. */
    public void stop() throws Exception {
        server.stop();
    }

    /**
     * Serves HTTPS with {@code tls} (the {@code http} block's {@code tls}) instead of plain HTTP.
     * Call before {@link #start}: the connector's protocols are fixed once it listens.
     */
    public void useTls(SSLContext tls) {
        if (server.isStarted()) {
            throw new IllegalStateException("TLS must be set before the server starts");
        }
        SslContextFactory.Server factory = new SslContextFactory.Server();
        factory.setSslContext(tls);
        HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
        connector.clearConnectionFactories();
        connector.addConnectionFactory(new SslConnectionFactory(factory, http.getProtocol()));
        connector.addConnectionFactory(http);
    }

    /** Applies the {@code http} block's basic authentication (null for none) to requests from now on. */
    public void setAuth(HttpAuth auth) {
        guard.set(auth);
    }

    /** The bound port (the chosen one when the configured port was 0). */
    public int port() {
        return connector.getLocalPort();
    }
}
