package io.jalloy.loki.testing;

import io.jalloy.loki.api.LogEntry;
import io.jalloy.loki.api.LogsReceiver;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A receiver that keeps what it gets, or fails every send when told to. */
public final class CollectingReceiver implements LogsReceiver {
    private final List<LogEntry> entries = new CopyOnWriteArrayList<>();
    private volatile boolean failing;

    @Override
    public void send(List<LogEntry> batch) {
        if (failing) {
            throw new IllegalStateException("downstream failure");
        }
        entries.addAll(batch);
    }

    public void failing(boolean f) {
        failing = f;
    }

    public List<LogEntry> entries() {
        return entries;
    }

    /** Waits until at least {@code n} entries arrived. */
    public List<LogEntry> await(int n, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (entries.size() < n) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + entries.size() + " of " + n + " entries arrived");
            }
            Thread.sleep(10);
        }
        return entries;
    }

    /** A free port on 127.0.0.1. */
    public static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
