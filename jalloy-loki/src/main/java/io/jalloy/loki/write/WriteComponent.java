package io.jalloy.loki.write;

import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.ExportSink;
import io.jalloy.component.RunContext;
import io.jalloy.loki.api.LogEntry;
import io.jalloy.loki.api.LogsReceiver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The running {@code loki.write}. Its receiver stays the same object for the component's life;
 * new arguments build a new {@link Pipeline} and drain the old one.
 *
 * <p>Threads: appenders call the receiver (a read lock per batch); {@link #update} runs on the
 * evaluation thread and swaps pipelines under the write lock; {@link #run} waits and then drains.
 */
final class WriteComponent implements Component<Arguments>, LogsReceiver {
    private final ComponentOptions options;
    private final WriteMetrics metrics;
    private final Sleeper sleeper;
    private final Duration walRollAge;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private Pipeline pipeline; // guarded by lock
    private boolean started; // guarded by lock

    WriteComponent(ComponentOptions options, Arguments args, ExportSink<Exports> exports, Sleeper sleeper,
            Duration walRollAge) throws IOException {
        this.options = options;
        this.metrics = new WriteMetrics(options.metrics());
        this.sleeper = sleeper;
        this.walRollAge = walRollAge;
        this.pipeline = build(args);
        exports.publish(new Exports(this));
    }

    private Pipeline build(Arguments args) throws IOException {
        return new Pipeline(args, options.dataPath(), metrics, sleeper, options.logger(), walRollAge);
    }

    @Override
    public void run(RunContext ctx) throws Exception {
        lock.writeLock().lock();
        try {
            pipeline.start();
            started = true;
        } finally {
            lock.writeLock().unlock();
        }
        ctx.awaitCancellation();
        lock.writeLock().lock();
        try {
            pipeline.close();
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void update(Arguments newArgs) throws Exception {
        lock.writeLock().lock();
        try {
            // Built after the old pipeline closed, so a new WAL sees every segment the old one left.
            if (started) {
                pipeline.close();
            } else {
                pipeline.discard();
            }
            pipeline = build(newArgs);
            if (started) {
                pipeline.start();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void send(List<LogEntry> batch) throws InterruptedException {
        if (batch.isEmpty()) {
            return;
        }
        lock.readLock().lockInterruptibly();
        try {
            pipeline.send(batch);
        } catch (IOException e) {
            throw new UncheckedIOException("loki.write: cannot write to the WAL", e);
        } finally {
            lock.readLock().unlock();
        }
    }
}
