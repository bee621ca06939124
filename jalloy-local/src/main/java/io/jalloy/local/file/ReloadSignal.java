package io.jalloy.local.file;

import java.util.concurrent.Semaphore;

/**
 * A pending re-read request. Requests coalesce: however many detector events arrive while one is
 * pending, the file is read once. Raised by detector threads, awaited by the run thread.
 */
final class ReloadSignal {
    private final Semaphore pending = new Semaphore(0);

    /** Requests a re-read unless one is already pending. */
    void raise() {
        synchronized (pending) {
            if (pending.availablePermits() == 0) {
                pending.release();
            }
        }
    }

    /** Waits for a request. */
    void await() throws InterruptedException {
        pending.acquire();
    }
}
