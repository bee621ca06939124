package io.jalloy.prometheus.receivehttp;

import com.sun.net.httpserver.HttpServer;
import io.jalloy.common.http.ServerOptions;
import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.RunContext;
import io.prometheus.metrics.core.metrics.Counter;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The running {@code prometheus.receive_http}: a JDK HTTP server, bound when the component is
 * built so a taken port is a configuration error. New receivers are swapped in place; a new
 * listener restarts the server. Threads: requests on virtual threads; {@link #update} on the
 * evaluation thread.
 */
final class ReceiveHttpComponent implements Component<Arguments> {
    private final WriteHandler handler;
    private HttpServer server; // guarded by this
    private ExecutorService executor; // guarded by this
    private Arguments args; // guarded by this

    ReceiveHttpComponent(ComponentOptions options, Arguments args) throws IOException {
        Counter forwarded = Counter.builder().name("prometheus_receive_http_samples_forwarded_total")
                .help("Total number of samples forwarded to receivers.").register(options.metrics());
        this.handler = new WriteHandler(args.forwardTo(), options.logger(), forwarded);
        this.args = args;
        start(args.http());
    }

    private synchronized void start(ServerOptions http) throws IOException {
        InetSocketAddress at = http.listenAddress().isEmpty()
                ? new InetSocketAddress(http.listenPort())
                : new InetSocketAddress(http.listenAddress(), http.listenPort());
        HttpServer s = HttpServer.create(at, 128);
        executor = Executors.newVirtualThreadPerTaskExecutor();
        s.setExecutor(executor);
        s.createContext(WriteHandler.PATH, handler);
        handler.open();
        s.start();
        server = s;
    }

    /**
     * As Alloy's server shutdown: requests being served get up to graceful_shutdown_timeout, idle and
     * half-read connections are closed at once. Not the JDK server's own stop(delay): it can wait
     * out its whole delay for a connection its client closed while a request was being read.
     */
    private synchronized void stop() {
        try {
            handler.drain(args.gracefulShutdownTimeout());
        } finally {
            server.stop(0);
            executor.shutdown();
        }
    }

    /** The bound port (useful with {@code listen_port = 0}). */
    synchronized int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void run(RunContext ctx) throws Exception {
        try {
            ctx.awaitCancellation();
        } finally {
            stop();
        }
    }

    @Override
    public synchronized void update(Arguments next) throws Exception {
        handler.update(next.forwardTo());
        boolean restart = !next.http().equals(args.http());
        if (restart) {
            stop();
            args = next;
            start(next.http());
        } else {
            args = next;
        }
    }
}
