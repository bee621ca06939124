package io.jalloy.runtime.testcomponents;

import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.ComponentResponse;
import io.jalloy.component.ExportSink;
import io.jalloy.component.Health;
import io.jalloy.component.HealthReporter;
import io.jalloy.component.RunContext;
import io.jalloy.runtime.testcomponents.CounterProvider.Arguments;
import io.jalloy.runtime.testcomponents.CounterProvider.Exports;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** The running {@code testcomponents.counter}; {@code update} is called on the evaluation thread while {@code run} ticks. */
final class Counter implements Component<Arguments>, HealthReporter {

    private final ComponentOptions options;
    private final ExportSink<Exports> exports;
    private final io.prometheus.metrics.core.metrics.Counter ticks;
    private volatile Arguments args;
    private volatile long count;
    private final Semaphore wake = new Semaphore(0);

    Counter(ComponentOptions options, Arguments args, ExportSink<Exports> exports) {
        this.options = options;
        this.args = args;
        this.exports = exports;
        this.count = args.start();
        this.ticks = io.prometheus.metrics.core.metrics.Counter.builder().name("testcomponents_counter_ticks_total")
                .help("Ticks counted.").register(options.metrics());
        options.http().register(req -> req.path().equals("/count")
                ? ComponentResponse.text(200, Long.toString(count))
                : ComponentResponse.text(404, "no route " + req.path()));
        exports.publish(new Exports(count));
    }

    @Override
    public void run(RunContext ctx) throws InterruptedException {
        ctx.onCancel(wake::release);
        while (!ctx.isCancelled()) {
            // An update or cancellation wakes the wait early, so a new frequency applies at once.
            if (!wake.tryAcquire(args.frequency().toNanos(), TimeUnit.NANOSECONDS)) {
                count++;
                ticks.inc();
                exports.publish(new Exports(count));
            }
        }
    }

    @Override
    public void update(Arguments newArgs) {
        args = newArgs;
        wake.release();
    }

    @Override
    public Health currentHealth() {
        Arguments a = args;
        return a.unhealthy()
                ? Health.unhealthy("asked to be unhealthy", options.clock().instant())
                : Health.healthy("counting", options.clock().instant());
    }
}
