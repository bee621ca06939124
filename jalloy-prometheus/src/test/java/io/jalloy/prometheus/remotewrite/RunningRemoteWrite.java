package io.jalloy.prometheus.remotewrite;

import io.jalloy.component.ComponentHandler;
import io.jalloy.component.ComponentHttp;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.RunContext;
import io.jalloy.component.Stability;
import io.jalloy.prometheus.api.MetricsReceiver;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@code prometheus.remote_write} built directly on a chosen data path, so a test can stop it and
 * start another on the same WAL (the component test controller deletes its directory).
 */
final class RunningRemoteWrite implements AutoCloseable {
    final RemoteWriteComponent component;
    final PrometheusRegistry registry = new PrometheusRegistry();
    private final CountDownLatch cancelled = new CountDownLatch(1);
    private final Thread thread;
    private final AtomicReference<Exports> exports = new AtomicReference<>();

    RunningRemoteWrite(Path dataPath, Arguments args, Sleeper sleeper) throws Exception {
        ComponentOptions options = new ComponentOptions("prometheus.remote_write.test",
                System.getLogger("prometheus.remote_write.test"), dataPath, registry, Clock.systemUTC(),
                new ComponentHttp() {
                    @Override
                    public String pathPrefix() {
                        return "/api/v0/component/prometheus.remote_write.test/";
                    }

                    @Override
                    public void register(ComponentHandler handler) {}
                }, Stability.GENERALLY_AVAILABLE);
        component = new RemoteWriteComponent(options, args, exports::set, sleeper);
        List<Runnable> onCancel = new ArrayList<>();
        RunContext ctx = new RunContext() {
            @Override
            public boolean isCancelled() {
                return cancelled.getCount() == 0;
            }

            @Override
            public void awaitCancellation() throws InterruptedException {
                cancelled.await();
            }

            @Override
            public boolean awaitCancellation(Duration timeout) throws InterruptedException {
                return cancelled.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            }

            @Override
            public void onCancel(Runnable action) {
                onCancel.add(action);
            }
        };
        thread = Thread.ofVirtual().start(() -> {
            try {
                component.run(ctx);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
    }

    MetricsReceiver receiver() {
        return exports.get().receiver();
    }

    @Override
    public void close() throws InterruptedException {
        cancelled.countDown();
        thread.join(10_000);
    }
}
