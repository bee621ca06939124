package io.jalloy.prometheus.remotewrite;

/** What an endpoint's shards share: settings, sender, metrics, and the highest sent timestamp. */
final class EndpointState {
    final String name;
    final EndpointOptions options;
    final Sender sender;
    final RemoteWriteMetrics metrics;
    final Sleeper sleeper;
    final System.Logger logger;
    private volatile long highestSentTs = Long.MIN_VALUE;
    private final java.util.concurrent.atomic.AtomicLong retries = new java.util.concurrent.atomic.AtomicLong();

    EndpointState(String name, EndpointOptions options, Sender sender, RemoteWriteMetrics metrics, Sleeper sleeper,
            System.Logger logger) {
        this.name = name;
        this.options = options;
        this.sender = sender;
        this.metrics = metrics;
        this.sleeper = sleeper;
        this.logger = logger;
    }

    synchronized void sent(long ts) {
        if (ts > highestSentTs) {
            highestSentTs = ts;
            metrics.highestSent.labelValues(name, sender.url()).set(ts / 1000.0);
        }
    }

    void retried() {
        retries.incrementAndGet();
    }

    long retries() {
        return retries.get();
    }

    long highestSentTs() {
        return highestSentTs;
    }
}
