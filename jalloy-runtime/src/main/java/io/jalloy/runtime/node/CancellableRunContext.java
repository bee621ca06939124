package io.jalloy.runtime.node;

import io.jalloy.component.RunContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The runtime's {@link RunContext}: a one-shot latch plus cancel actions. Any thread may wait on
 * it; {@link #cancel} may be called any number of times from any thread.
 */
public final class CancellableRunContext implements RunContext {

    private final CountDownLatch cancelled = new CountDownLatch(1);
    private final List<Runnable> actions = new ArrayList<>(); // guarded by this

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
        return cancelled.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public void onCancel(Runnable action) {
        synchronized (this) {
            if (!isCancelled()) {
                actions.add(action);
                return;
            }
        }
        action.run();
    }

    /** Signals cancellation and runs the registered actions on the calling thread (once). */
    public void cancel() {
        List<Runnable> toRun;
        synchronized (this) {
            if (isCancelled()) {
                return;
            }
            cancelled.countDown();
            toRun = List.copyOf(actions);
            actions.clear();
        }
        for (Runnable r : toRun) {
            try {
                r.run();
            } catch (RuntimeException e) {
                System.getLogger(CancellableRunContext.class.getName())
                        .log(System.Logger.Level.WARNING, "cancel action failed", e);
            }
        }
    }
}
