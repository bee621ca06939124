package io.jalloy.loki.source.file.internal;

import io.jalloy.loki.api.LogEntry;
import io.jalloy.loki.positions.PositionKey;
import io.jalloy.loki.positions.Positions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * One file being read on its own virtual thread, batching entries and recording the position
 * after every batch its receivers accepted. {@link #stop} asks the thread to finish its current
 * batch and return; only a reader stuck past the grace period is interrupted, which at worst
 * re-reads that batch after a restart.
 */
public abstract sealed class Reader permits FileTailer, Decompressor {
    private static final Duration STOP_GRACE = Duration.ofSeconds(2);

    protected final ReaderSettings settings;
    protected final List<LogEntry> batch;
    private volatile boolean stopping;
    private volatile boolean running;
    private Thread thread;

    protected Reader(ReaderSettings settings) {
        this.settings = settings;
        this.batch = new ArrayList<>(settings.maxBatch());
    }

    public final PositionKey key() {
        return settings.key();
    }

    public final boolean isRunning() {
        return running;
    }

    /** Starts the reader thread. */
    public final synchronized void start() {
        thread = Thread.ofVirtual().name("loki.source.file " + settings.path()).start(this::runGuarded);
    }

    /**
     * Stops the reader and waits for it. When {@code forget} the file left the targets: its
     * position is removed, as in Alloy; otherwise (the component stops) it is kept.
     */
    public final void stop(boolean forget) throws InterruptedException {
        signalStop();
        awaitStop(forget);
    }

    /** Asks the reader to stop without waiting, so that many readers stop together. */
    public final void signalStop() {
        Thread t;
        synchronized (this) {
            t = thread;
        }
        stopping = true;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    /** Waits for a reader asked to stop; see {@link #stop}. */
    public final void awaitStop(boolean forget) throws InterruptedException {
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t != null) {
            if (!t.join(STOP_GRACE)) {
                t.interrupt();
                t.join();
            }
        }
        if (forget) {
            settings.positions().remove(settings.key());
        }
    }

    protected final boolean stopping() {
        return stopping;
    }

    private void runGuarded() {
        running = true;
        settings.metrics().activeDelta(1);
        try {
            read();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            if (!stopping) {
                settings.logger().log(System.Logger.Level.ERROR, "failed to run tailer path=" + settings.path() + " err=" + e);
            }
        } finally {
            running = false;
            settings.metrics().activeDelta(-1);
            settings.metrics().forget(settings.path().toString());
        }
    }

    /** Reads until stopped (or, for a finite file, until its end). */
    protected abstract void read() throws Exception;

    /** Waits up to {@code d} or until stopped; returns false when stopping. */
    protected final boolean pause(Duration d) {
        long deadline = System.nanoTime() + d.toNanos();
        while (!stopping) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return true;
            }
            LockSupport.parkNanos(this, Math.min(left, TimeUnit.MILLISECONDS.toNanos(500)));
            if (Thread.interrupted()) {
                stopping = true;
            }
        }
        return false;
    }

    /** The clock's time in nanoseconds since the epoch. */
    protected final long nowNanos() {
        var i = settings.clock().instant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    /**
     * Sends the batch to every receiver, then records {@code position} (what the batch's last
     * line ended at). Nothing is recorded when the batch could not be delivered.
     */
    protected final void flush(long position) throws InterruptedException {
        if (batch.isEmpty()) {
            return;
        }
        int lines = batch.size();
        // The positions file is written before the send and renamed into place after it: a crash
        // in between re-reads this batch, and that window is now one rename.
        Positions.Prepared prepared = settings.positions().prepare(settings.key(), position);
        try {
            settings.fanout().send(batch);
        } catch (RuntimeException e) {
            settings.logger().log(System.Logger.Level.ERROR, "receiver failed, batch dropped path=" + settings.path() + " err=" + e);
        } finally {
            batch.clear();
        }
        settings.positions().commit(prepared);
        settings.metrics().linesRead(settings.path().toString(), lines);
    }

    /**
     * Records {@code position} and writes the positions file when it changed. Called once the
     * receivers took everything before {@code position}: when they keep it durably (a WAL), a
     * {@code kill -9} after this point re-reads nothing, and before it at most one batch.
     */
    protected final void recordPosition(long position) {
        settings.positions().put(settings.key(), position);
        settings.positions().saveIfChanged();
    }
}
