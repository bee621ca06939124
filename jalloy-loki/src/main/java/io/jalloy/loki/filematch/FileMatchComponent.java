package io.jalloy.loki.filematch;

import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.ExportSink;
import io.jalloy.component.RunContext;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * {@code local.file_match}: expands the path targets at once when arguments change and then
 * every {@code sync_period}, exporting the matched files. {@link #update} (evaluation thread)
 * only swaps the arguments and wakes {@link #run} (component thread), which does all file-system
 * work.
 */
final class FileMatchComponent implements Component<Arguments> {
    private static final Duration MIN_PERIOD = Duration.ofMillis(1);

    private final ExportSink<Exports> exports;
    private final PathMatcher matcher;
    private final Semaphore wake = new Semaphore(0);
    private volatile Arguments args;

    FileMatchComponent(ComponentOptions options, Arguments args, ExportSink<Exports> exports) {
        this.exports = exports;
        this.matcher = new PathMatcher(options.logger(), options.clock());
        this.args = args;
        synchronized (matcher) {
            exports.publish(new Exports(matcher.match(args.pathTargets(), args.ignoreOlderThan())));
        }
    }

    @Override
    public void run(RunContext ctx) throws InterruptedException {
        ctx.onCancel(wake::release);
        while (!ctx.isCancelled()) {
            Arguments current = args;
            synchronized (matcher) {
                exports.publish(new Exports(matcher.match(current.pathTargets(), current.ignoreOlderThan())));
            }
            Duration period = current.syncPeriod().compareTo(MIN_PERIOD) < 0 ? MIN_PERIOD : current.syncPeriod();
            if (wake.tryAcquire(period.toNanos(), TimeUnit.NANOSECONDS)) {
                wake.drainPermits();
            }
        }
    }

    @Override
    public void update(Arguments newArgs) {
        args = newArgs;
        wake.release();
    }
}
