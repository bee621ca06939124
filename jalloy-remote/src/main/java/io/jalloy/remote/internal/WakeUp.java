package io.jalloy.remote.internal;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A wake-up call for a sleeping run loop: update signals it so the loop re-reads its schedule.
 * Signals do not pile up; one pending signal is enough.
 *
 * <p>Signalled from the update thread, awaited on the run thread.
 */
public final class WakeUp {
    private final Semaphore pending = new Semaphore(0);

    /** Wakes the waiting loop, or the next one to wait. */
    public void signal() {
        synchronized (pending) {
            if (pending.availablePermits() == 0) {
                pending.release();
            }
        }
    }

    /**
     * Sleeps for {@code timeout} or until signalled.
     *
     * @return true when signalled
     * @throws InterruptedException when the run is cancelled
     */
    public boolean await(Duration timeout) throws InterruptedException {
        return pending.tryAcquire(Math.max(0, timeout.toNanos()), TimeUnit.NANOSECONDS);
    }
}
