package io.jalloy.loki.source.file;

import io.jalloy.component.Component;
import io.jalloy.component.ComponentHttp;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.NoExports;
import io.jalloy.component.Stability;
import io.jalloy.runtime.node.CancellableRunContext;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Runs one {@code loki.source.file} on a data path the test chooses, so that a second run can
 * resume from the first one's positions. {@link #close} stops it as the runtime does.
 */
final class SourceRun implements AutoCloseable {
    private final CancellableRunContext ctx = new CancellableRunContext();
    private final Component<Arguments> component;
    private final Thread thread;
    private volatile Throwable failure;

    SourceRun(Path dataPath, Arguments args) throws Exception {
        ComponentOptions options = new ComponentOptions("loki.source.file.test",
                System.getLogger("loki.source.file.test"), dataPath, new PrometheusRegistry(), Clock.systemUTC(),
                new ComponentHttp() {
                    @Override
                    public String pathPrefix() {
                        return "/api/v0/component/loki.source.file.test/";
                    }

                    @Override
                    public void register(io.jalloy.component.ComponentHandler handler) {}
                },
                Stability.EXPERIMENTAL);
        component = new FileSourceProvider().create(options, args, (NoExports e) -> {});
        thread = Thread.ofVirtual().start(() -> {
            try {
                component.run(ctx);
            } catch (Throwable t) {
                failure = t;
            }
        });
    }

    void update(Arguments args) throws Exception {
        component.update(args);
    }

    @Override
    public void close() throws Exception {
        ctx.cancel();
        thread.join();
        if (failure != null) {
            throw new AssertionError("run failed", failure);
        }
    }
}
