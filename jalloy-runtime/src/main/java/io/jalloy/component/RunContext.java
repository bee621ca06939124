package io.jalloy.component;

import java.time.Duration;

/**
 * The cancellation signal given to {@link Component#run}: Java's counterpart of Go's
 * {@code context.Context}. Any thread may query it; the runtime alone cancels it.
 */
public interface RunContext {

    /** Whether the component has been asked to stop. */
    boolean isCancelled();

    /** Blocks until the component is asked to stop. */
    void awaitCancellation() throws InterruptedException;

    /**
     * Blocks until the component is asked to stop or {@code timeout} passes, whichever is first: the
     * idiom for periodic work. Returns true when cancelled.
     */
    boolean awaitCancellation(Duration timeout) throws InterruptedException;

    /**
     * Runs {@code action} once when the component is asked to stop (at once, on the calling thread,
     * if it already was). For closing sockets that a blocked thread is waiting on. The action runs
     * on the thread that cancels and must be quick.
     */
    void onCancel(Runnable action);
}
