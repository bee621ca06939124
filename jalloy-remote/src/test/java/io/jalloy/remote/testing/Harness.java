package io.jalloy.remote.testing;

import io.jalloy.component.Component;
import io.jalloy.component.ComponentHandler;
import io.jalloy.component.ComponentHttp;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.Stability;
import io.jalloy.runtime.node.CancellableRunContext;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs one component the way the runtime does (create, run on a virtual thread, cancel), and
 * collects what it exports. A stand-in until the runtime ships its own test harness.
 */
public final class Harness<E extends Record> implements AutoCloseable {
    private final BlockingQueue<E> exports = new LinkedBlockingQueue<>();
    private final CancellableRunContext ctx = new CancellableRunContext();
    private Thread thread;
    private volatile Throwable failure;

    /** Options for a component with id {@code id} keeping its data in {@code dataPath}. */
    public static ComponentOptions options(String id, Path dataPath, Clock clock) {
        ComponentHttp http = new ComponentHttp() {
            @Override
            public String pathPrefix() {
                return "/api/v0/component/" + id + "/";
            }

            @Override
            public void register(ComponentHandler handler) {}
        };
        return new ComponentOptions(id, System.getLogger("io.jalloy.component." + id), dataPath,
                new PrometheusRegistry(), clock, http, Stability.GENERALLY_AVAILABLE);
    }

    /** Where the component publishes. */
    public void publish(E value) {
        exports.add(value);
    }

    /** Starts {@code component}'s run loop. */
    public void start(Component<?> component) {
        thread = Thread.ofVirtual().start(() -> {
            try {
                component.run(ctx);
            } catch (Throwable e) {
                failure = e;
            }
        });
    }

    /** The next export, waiting up to {@code timeout}; null when none came. */
    public E nextExport(Duration timeout) throws InterruptedException {
        return exports.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Cancels the run and waits for it to return. */
    @Override
    public void close() throws Exception {
        ctx.cancel();
        if (thread != null && !thread.join(Duration.ofSeconds(5))) {
            throw new AssertionError("run did not return after cancellation");
        }
        if (failure != null) {
            throw new AssertionError("run failed", failure);
        }
    }
}
