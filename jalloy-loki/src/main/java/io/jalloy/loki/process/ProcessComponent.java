package io.jalloy.loki.process;

import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.ExportSink;
import io.jalloy.component.RunContext;
import io.jalloy.loki.api.LogEntry;
import io.jalloy.loki.api.LogsReceiver;
import io.jalloy.loki.process.stages.Pipeline;
import io.jalloy.loki.process.stages.StageContext;
import io.jalloy.loki.process.stages.StageException;
import io.jalloy.loki.process.stages.Stages;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code loki.process}: runs each received batch through the compiled stages and sends what
 * comes out to every {@code forward_to} receiver. Senders' threads run the pipeline under one
 * lock per batch; the component's own thread flushes entries that stages hold back
 * ({@code multiline}) once they are due. New arguments rebuild the pipeline.
 */
final class ProcessComponent implements Component<Arguments> {
    private static final Duration FLUSH_PERIOD = Duration.ofMillis(100);

    private final ComponentOptions options;
    private final StageContext context;
    private final ReentrantLock lock = new ReentrantLock();
    private Pipeline pipeline; // guarded by lock
    private Arguments current; // guarded by lock
    private volatile List<LogsReceiver> forwardTo;

    ProcessComponent(ComponentOptions options, Arguments args, ExportSink<Exports> exports) throws StageException {
        this.options = options;
        this.context = StageContext.create(options.logger(), options.metrics(), options.clock(),
                () -> ThreadLocalRandom.current().nextDouble());
        this.pipeline = new Pipeline(Stages.compile(args.stages(), context));
        this.current = args;
        this.forwardTo = List.copyOf(args.forwardTo());
        exports.publish(new Exports(this::receive));
    }

    private void receive(List<LogEntry> batch) throws InterruptedException {
        List<LogEntry> out;
        lock.lock();
        try {
            out = pipeline.process(batch);
        } finally {
            lock.unlock();
        }
        forward(out);
    }

    private void forward(List<LogEntry> out) throws InterruptedException {
        if (out.isEmpty()) {
            return;
        }
        List<LogEntry> view = Collections.unmodifiableList(out);
        for (LogsReceiver r : forwardTo) {
            r.send(view);
        }
    }

    @Override
    public void run(RunContext ctx) throws Exception {
        try {
            while (!ctx.awaitCancellation(FLUSH_PERIOD)) {
                forward(flush(false));
            }
        } finally {
            forward(flush(true));
            lock.lock();
            try {
                pipeline.close();
            } finally {
                lock.unlock();
            }
        }
    }

    private List<LogEntry> flush(boolean all) {
        lock.lock();
        try {
            return pipeline.flush(context.nowNanos(), all);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void update(Arguments newArgs) throws Exception {
        List<LogEntry> pending;
        lock.lock();
        try {
            pending = pipeline.flush(context.nowNanos(), true);
            // Close first: the new stages may register the same metrics (Alloy resets them on reload).
            pipeline.close();
            try {
                pipeline = new Pipeline(Stages.compile(newArgs.stages(), context));
                current = newArgs;
            } catch (StageException e) {
                pipeline = new Pipeline(Stages.compile(current.stages(), context));
                throw e;
            }
        } finally {
            lock.unlock();
        }
        forward(pending);
        forwardTo = List.copyOf(newArgs.forwardTo());
    }
}
