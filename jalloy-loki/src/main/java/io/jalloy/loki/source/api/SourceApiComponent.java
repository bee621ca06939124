package io.jalloy.loki.source.api;

import io.jalloy.common.http.ServerOptions;
import io.jalloy.common.labels.Labels;
import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.RunContext;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import java.util.concurrent.Executors;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The running {@code loki.source.api}: a Jetty server on the configured listener, bound when the
 * component is built so a taken port is a configuration error. New arguments with the same
 * listener only swap the handler's settings; a new listener restarts the server.
 *
 * <p>Threads: requests on Jetty's virtual threads; {@link #update} on the evaluation thread.
 */
final class SourceApiComponent implements Component<Arguments> {
    private final ComponentOptions options;
    private final PushHandler handler;
    private Server server; // guarded by this
    private ServerConnector connector; // guarded by this
    private Arguments args; // guarded by this

    SourceApiComponent(ComponentOptions options, Arguments args) throws Exception {
        this.options = options;
        Counter written = Counter.builder().name("loki_source_api_entries_written")
                .help("Total number of log entries forwarded").register(options.metrics());
        Histogram duration = Histogram.builder().name("loki_source_api_request_duration_seconds")
                .help("Time (in seconds) spent serving HTTP requests.").labelNames("route", "status_code")
                .register(options.metrics());
        this.handler = new PushHandler(settings(args), options.clock(), options.logger(), written, duration);
        this.args = args;
        startServer(args.http());
    }

    private static PushHandler.Settings settings(Arguments a) {
        return new PushHandler.Settings(a.forwardTo(), Labels.fromMap(a.labels()), a.relabelRules(),
                a.useIncomingTimestamp(), a.maxSendMessageSize().bytes());
    }

    private synchronized void startServer(ServerOptions http) throws Exception {
        QueuedThreadPool pool = new QueuedThreadPool(64, 2);
        pool.setName("loki.source.api");
        pool.setVirtualThreadsExecutor(Executors.newVirtualThreadPerTaskExecutor());
        Server s = new Server(pool);
        ServerConnector c = new ServerConnector(s, 1, 1);
        c.setHost(http.listenAddress().isEmpty() ? null : http.listenAddress());
        c.setPort(http.listenPort());
        c.setIdleTimeout(http.idleTimeout().isZero() ? -1 : http.idleTimeout().toMillis());
        s.addConnector(c);
        s.setHandler(handler);
        s.setStopTimeout(0);
        s.start();
        server = s;
        connector = c;
    }

    // Graceful as Alloy's: in-flight pushes get graceful_shutdown_timeout to finish; idle
    // keep-alive connections are not waited for.
    private void stopServer() throws Exception {
        handler.awaitIdle(args.gracefulShutdownTimeout());
        server.stop();
    }

    /** The port the server is bound to (useful when {@code listen_port} is 0). */
    synchronized int port() {
        return connector.getLocalPort();
    }

    @Override
    public void run(RunContext ctx) throws Exception {
        try {
            ctx.awaitCancellation();
        } finally {
            synchronized (this) {
                stopServer();
            }
        }
    }

    @Override
    public synchronized void update(Arguments next) throws Exception {
        handler.update(settings(next));
        boolean restart = !next.http().equals(args.http());
        args = next;
        if (restart) {
            stopServer();
            startServer(next.http());
        }
    }
}
