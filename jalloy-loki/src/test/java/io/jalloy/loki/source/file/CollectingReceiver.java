package io.jalloy.loki.source.file;

import io.jalloy.loki.api.LogEntry;
import io.jalloy.loki.api.LogsReceiver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/** A receiver that copies every batch it gets, for tests; thread-safe. */
final class CollectingReceiver implements LogsReceiver {
    private final List<LogEntry> entries = new ArrayList<>();

    @Override
    public synchronized void send(List<LogEntry> batch) {
        entries.addAll(batch);
        notifyAll();
    }

    synchronized List<LogEntry> entries() {
        return List.copyOf(entries);
    }

    synchronized List<String> lines() {
        return entries.stream().map(LogEntry::line).toList();
    }

    /** Waits until at least {@code n} entries arrived, and returns all lines. */
    synchronized List<String> awaitLines(int n, Duration timeout) throws InterruptedException, TimeoutException {
        return await(l -> l.size() >= n, timeout);
    }

    synchronized List<String> await(Predicate<List<String>> condition, Duration timeout)
            throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.test(lines())) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new TimeoutException("timed out; got " + entries.size() + " lines: " + tail());
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return lines();
    }

    private List<String> tail() {
        List<String> l = lines();
        return new ArrayList<>(l.subList(Math.max(0, l.size() - 5), l.size()));
    }
}
