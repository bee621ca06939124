package io.jalloy.prometheus.remotewrite;

import io.jalloy.common.compress.SnappyBlock;
import io.jalloy.common.labels.Labels;
import io.jalloy.prometheus.internal.remotewrite.WriteRequestEncoder;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;

/**
 * One sending shard of an endpoint: a bounded buffer of samples (primitive arrays plus a reference
 * to each series' labels, encoded only into the request, so nothing is allocated per sample) and a thread that cuts batches at
 * {@code max_samples_per_send} or {@code batch_send_deadline} and sends them with retries.
 *
 * <p>Threads: {@link #offer} from the endpoint's reader (blocks while full: the WAL holds the rest);
 * the rest on the shard's own virtual thread.
 */
final class Shard {
    static final byte FLOAT = 0;
    static final byte EXEMPLAR = 1;
    static final byte HISTOGRAM = 2;

    private final EndpointState ep;
    private final int capacity;
    private final Labels[] labels;
    private final byte[][] bodies;
    private final byte[] kinds;
    private final long[] ts;
    private final double[] values;
    private int head;
    private int count;
    private long oldestNanos;
    private boolean stopping;
    private long enqueued; // guarded by this
    private volatile long done;
    private Thread thread;
    private int rejectedOnSplit; // shard thread only

    // The batch being sent, copied out of the ring so the reader can keep filling it.
    private final Labels[] bLabels;
    private final byte[][] bBodies;
    private final byte[] bKinds;
    private final long[] bTs;
    private final double[] bValues;
    private final WriteRequestEncoder encoder = new WriteRequestEncoder();
    private final SnappyBlock snappy = new SnappyBlock();

    Shard(EndpointState ep) {
        this.ep = ep;
        this.capacity = Math.max(ep.options.queue().capacity(), ep.options.queue().maxSamplesPerSend());
        labels = new Labels[capacity];
        bodies = new byte[capacity][];
        kinds = new byte[capacity];
        ts = new long[capacity];
        values = new double[capacity];
        int max = ep.options.queue().maxSamplesPerSend();
        bLabels = new Labels[max];
        bBodies = new byte[max][];
        bKinds = new byte[max];
        bTs = new long[max];
        bValues = new double[max];
    }

    void start(String name) {
        thread = Thread.ofVirtual().name(name).start(this::loop);
    }

    synchronized long enqueued() {
        return enqueued;
    }

    long done() {
        return done;
    }

    /** Buffers one sample; false when the buffer stayed full for {@code waitMillis}. */
    synchronized boolean offer(Labels seriesLabels, byte kind, long timestamp, double value, byte[] body,
            long waitMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + waitMillis;
        while (count == capacity && !stopping) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        if (stopping) {
            throw new InterruptedException("shard stopping");
        }
        int i = (head + count) % capacity;
        labels[i] = seriesLabels;
        kinds[i] = kind;
        ts[i] = timestamp;
        values[i] = value;
        bodies[i] = body;
        if (count == 0) {
            oldestNanos = System.nanoTime();
        }
        count++;
        enqueued++;
        if (count == 1 || count >= bLabels.length) {
            notifyAll(); // the first sample starts the deadline; a full batch goes at once
        }
        return true;
    }

    /** Stops the thread without sending what is buffered (the WAL still has it) and waits for it. */
    void stop() throws InterruptedException {
        synchronized (this) {
            stopping = true;
            notifyAll();
        }
        if (thread != null) {
            thread.interrupt();
            thread.join();
        }
    }

    private synchronized int take() throws InterruptedException {
        long deadline = ep.options.queue().batchSendDeadline().toNanos();
        int max = bLabels.length;
        while (!stopping) {
            if (count >= max) {
                break;
            }
            if (count > 0) {
                long left = deadline - (System.nanoTime() - oldestNanos);
                if (left <= 0) {
                    break;
                }
                wait(Math.max(1, left / 1_000_000));
            } else {
                wait();
            }
        }
        if (stopping) {
            return 0;
        }
        int n = Math.min(count, max);
        for (int k = 0; k < n; k++) {
            int i = (head + k) % capacity;
            bLabels[k] = labels[i];
            bBodies[k] = bodies[i];
            bKinds[k] = kinds[i];
            bTs[k] = ts[i];
            bValues[k] = values[i];
            labels[i] = null;
            bodies[i] = null;
        }
        head = (head + n) % capacity;
        count -= n;
        oldestNanos = System.nanoTime();
        notifyAll();
        return n;
    }

    private void loop() {
        try {
            while (true) {
                int n = take();
                if (n == 0) {
                    return;
                }
                send(n);
                done += n;
                Arrays.fill(bLabels, 0, n, null);
                Arrays.fill(bBodies, 0, n, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void send(int n) throws InterruptedException {
        rejectedOnSplit = 0;
        sendRange(0, n);
        if (rejectedOnSplit > 0) {
            ep.logger.log(System.Logger.Level.WARNING, "remote write to " + ep.sender.url() + ": the receiver "
                    + "refused " + rejectedOnSplit + " of " + n + " samples of a batch as out of order or duplicate "
                    + "(as after a replay of the WAL); sent the rest");
        }
    }

    /**
     * Sends batch entries {@code [from, to)}, retrying recoverable failures with backoff for as long
     * as it takes. Prometheus refuses a whole request when one sample in it is out of order or a
     * duplicate, which is what a WAL replayed from a saved position that lagged the last send
     * holds first; such a request is split in two and each half sent in turn (order kept), so only
     * the refused samples are dropped. That costs at most two requests per sample of the batch.
     */
    private void sendRange(int from, int to) throws InterruptedException {
        encoder.reset();
        int floats = 0, exemplars = 0, histograms = 0;
        long highest = Long.MIN_VALUE;
        for (int k = from; k < to; k++) {
            switch (bKinds[k]) {
                case FLOAT -> {
                    encoder.addSample(bLabels[k], bTs[k], bValues[k]);
                    floats++;
                    highest = Math.max(highest, bTs[k]);
                }
                case EXEMPLAR -> {
                    encoder.addEncoded(bLabels[k], 3, bBodies[k]);
                    exemplars++;
                }
                default -> {
                    encoder.addEncoded(bLabels[k], 4, bBodies[k]);
                    histograms++;
                    highest = Math.max(highest, bTs[k]);
                }
            }
        }
        try {
            snappy.compress(encoder.buffer().array(), encoder.buffer().size());
        } catch (IOException e) {
            ep.logger.log(System.Logger.Level.ERROR, "cannot compress a remote write batch, dropping it: " + e);
            ep.metrics.samplesFailed.labelValues(ep.name, ep.sender.url()).inc(floats);
            return;
        }
        Duration backoff = ep.options.queue().minBackoff();
        while (true) {
            long start = System.nanoTime();
            Sender.Result r = ep.sender.post(snappy.output(), snappy.length());
            ep.metrics.batchDuration.labelValues(ep.name, ep.sender.url()).observe((System.nanoTime() - start) / 1e9);
            int status = r.status();
            if (status / 100 == 2) {
                ep.metrics.samples.labelValues(ep.name, ep.sender.url()).inc(floats);
                ep.metrics.exemplars.labelValues(ep.name, ep.sender.url()).inc(exemplars);
                ep.metrics.histograms.labelValues(ep.name, ep.sender.url()).inc(histograms);
                ep.metrics.bytes.labelValues(ep.name, ep.sender.url()).inc(snappy.length());
                if (highest != Long.MIN_VALUE) {
                    ep.sent(highest);
                }
                return;
            }
            boolean recoverable = status < 0 || status / 100 == 5
                    || (status == 429 && ep.options.queue().retryOnHttp429());
            if (!recoverable && status == 400 && refusesSamples(r.detail())) {
                if (to - from > 1) {
                    int mid = (from + to) >>> 1;
                    sendRange(from, mid);
                    sendRange(mid, to);
                } else {
                    rejectedOnSplit++;
                    ep.metrics.samplesFailed.labelValues(ep.name, ep.sender.url()).inc(floats);
                }
                return;
            }
            if (!recoverable) {
                ep.logger.log(System.Logger.Level.ERROR, "non-recoverable error sending to " + ep.sender.url()
                        + ", dropping " + (to - from) + " samples: server returned HTTP status " + status + ": "
                        + r.detail());
                ep.metrics.samplesFailed.labelValues(ep.name, ep.sender.url()).inc(floats);
                return;
            }
            ep.metrics.samplesRetried.labelValues(ep.name, ep.sender.url()).inc(floats);
            ep.retried();
            ep.logger.log(System.Logger.Level.WARNING, "failed to send batch to " + ep.sender.url() + ", retrying: "
                    + (status < 0 ? r.detail() : "server returned HTTP status " + status));
            ep.sleeper.sleep(backoff);
            Duration next = backoff.multipliedBy(2);
            backoff = next.compareTo(ep.options.queue().maxBackoff()) > 0 ? ep.options.queue().maxBackoff() : next;
        }
    }

    /**
     * Prometheus's texts for a sample it already holds newer (or other) data for, whatever else the
     * request holds. Not "out of bounds": that is a backlog older than the receiver's head, where
     * whole batches are old and splitting would cost two requests per sample for nothing.
     */
    private static boolean refusesSamples(String detail) {
        return detail.contains("out of order") || detail.contains("duplicate sample");
    }
}
