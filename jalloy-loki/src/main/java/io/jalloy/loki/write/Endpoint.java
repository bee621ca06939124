package io.jalloy.loki.write;

import io.jalloy.common.labels.Labels;
import io.jalloy.loki.api.LogEntry;
import io.jalloy.loki.internal.PushClient;
import io.jalloy.loki.internal.PushEncoder;
import io.jalloy.loki.internal.StreamLabels;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One {@code endpoint} of {@code loki.write}: an independent queue and a sending thread. Appenders
 * put whole batches on the queue (blocking when it is full, which is back-pressure); the sending
 * thread groups them per tenant into {@link Batch}es, cuts them on size or age, and pushes each
 * with retries. A batch the endpoint gives up on is dropped with a logged reason.
 *
 * <p>Threads: {@link #enqueue} from any appender; everything else on the endpoint's own virtual
 * thread, except {@link #close}.
 */
final class Endpoint {
    private static final String TENANT_LABEL = "__tenant_id__";
    private static final Chunk STOP = new Chunk(List.of(), -1, 0);

    /** Entries to batch: a queued batch ({@code frame} -1) or WAL frame {@code frame} from entry {@code skip} on. */
    private record Chunk(List<LogEntry> entries, long frame, int skip) {}

    private final EndpointOptions options;
    private final int maxStreams;
    private final PushClient client;
    private final WriteMetrics metrics;
    private final Sleeper sleeper;
    private final System.Logger logger;
    private final Consumer<Map<Long, Integer>> delivered;
    private final BlockingQueue<Chunk> queue;
    private final Map<String, Batch> batches = new HashMap<>();
    private final Map<Labels, String> rendered = new HashMap<>();
    private final PushEncoder encoder = new PushEncoder();
    private final String host;
    private final WalTailer tailer; // null without a WAL
    private final WalProgress progress; // null without a WAL
    private Thread thread;
    private volatile boolean abandon;
    private volatile boolean stopping;

    Endpoint(EndpointOptions options, int maxStreams, PushClient client, WriteMetrics metrics, Sleeper sleeper,
            System.Logger logger, Consumer<Map<Long, Integer>> delivered, WalTailer tailer, WalProgress progress) {
        this.tailer = tailer;
        this.progress = progress;
        this.options = options;
        this.maxStreams = maxStreams;
        this.client = client;
        this.metrics = metrics;
        this.sleeper = sleeper;
        this.logger = logger;
        this.delivered = delivered;
        this.host = client.host();
        long perBatch = Math.max(1, options.batchSize().bytes());
        // Chunks hold up to a few thousand entries each and cost about 1.3x their text on the heap;
        // two queued chunks (about a batch) keep the sender busy, more only keep entries alive long
        // enough to overflow the survivor space and be promoted (10 MiB capacity, 1 MiB batches -> 2).
        int capacity = (int) Math.max(2, Math.min(4096, options.queue().capacity().bytes() / perBatch / 5));
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    void start(String name) {
        thread = Thread.ofVirtual().name("loki.write " + name).start(this::loop);
    }

    /**
     * Queues entries for sending (without a WAL). When the queue is full this blocks, or with
     * {@code block_on_overflow = false} drops the entries (reason {@code queue_is_full}).
     */
    void enqueue(List<LogEntry> entries) throws InterruptedException {
        Chunk chunk = new Chunk(entries, -1, 0);
        if (options.queue().blockOnOverflow()) {
            queue.put(chunk);
        } else if (!queue.offer(chunk)) {
            metrics.droppedEntries.labelValues(host, options.tenantId(), WriteMetrics.REASON_QUEUE_FULL).inc(entries.size());
        }
    }

    /** Releases an endpoint that never started. */
    void discard() {
        client.close();
    }

    /** Asks the sending thread to send what is queued and stop. */
    void stop() throws InterruptedException {
        stopping = true;
        if (tailer == null) {
            queue.put(STOP);
        }
    }

    /**
     * Waits for the sending thread to finish, up to {@code drain} (the endpoint's {@code
     * drain_timeout} when null); after that it stops retrying and leaves the rest unsent (the WAL
     * keeps it for the next start).
     */
    void await(Duration drain) throws InterruptedException {
        Duration limit = drain != null ? drain : options.queue().drainTimeout();
        thread.join(Math.max(1, limit.toMillis()));
        if (thread.isAlive()) {
            logger.log(System.Logger.Level.WARNING, "drain timeout of " + limit + " passed; "
                    + "stopping with entries unsent (kept in the WAL when it is enabled)");
            abandon = true;
            thread.interrupt();
            thread.join();
        }
        client.close();
    }

    private void loop() {
        long waitNanos = options.batchWait().toNanos();
        try {
            while (true) {
                long timeout = nextDeadline(waitNanos);
                Chunk chunk = tailer == null ? queue.poll(timeout, TimeUnit.NANOSECONDS) : readWal(timeout);
                if (chunk == STOP) {
                    break;
                }
                if (chunk != null) {
                    add(chunk);
                }
                sendAged(waitNanos);
            }
            for (Batch b : List.copyOf(batches.values())) {
                send(b);
            }
            batches.clear();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            if (!abandon) {
                logger.log(System.Logger.Level.ERROR, "cannot read the WAL; this endpoint stops sending", e);
            }
        } finally {
            if (tailer != null) {
                try {
                    tailer.close();
                } catch (IOException e) {
                    // nothing left to do with it
                }
            }
        }
    }

    /** The next frame from the WAL; STOP once stopping and everything written has been read. */
    private Chunk readWal(long timeoutNanos) throws IOException, InterruptedException {
        if (stopping && tailer.caughtUp()) {
            return STOP;
        }
        WalTailer.Frame f = tailer.next(stopping ? Math.min(timeoutNanos, 20_000_000) : timeoutNanos);
        if (f == null) {
            return null;
        }
        int skip = progress.alreadyFinished(f.segment(), f.offset());
        long seq = progress.register(f.segment(), f.offset(), f.entries().size(), skip);
        return new Chunk(f.entries(), seq, skip);
    }

    private long nextDeadline(long waitNanos) {
        long now = System.nanoTime();
        long timeout = waitNanos;
        for (Batch b : batches.values()) {
            timeout = Math.min(timeout, Math.max(0, waitNanos - b.ageNanos(now)));
        }
        return Math.max(1_000_000, timeout);
    }

    private void add(Chunk chunk) throws InterruptedException {
        List<LogEntry> entries = chunk.entries();
        Labels lastLabels = null; // entries of one batch mostly share one Labels instance
        String tenant = null;
        String labels = null;
        for (int i = chunk.skip(); i < entries.size(); i++) {
            LogEntry e = entries.get(i);
            if (e.labels() != lastLabels) {
                lastLabels = e.labels();
                tenant = lastLabels.get(TENANT_LABEL);
                if (tenant == null || tenant.isEmpty()) {
                    tenant = options.tenantId();
                }
                labels = render(lastLabels);
            }
            Batch batch = batch(tenant);
            Batch.Added added = batch.add(e, labels, chunk.frame(), i);
            if (added == Batch.Added.FULL) {
                send(batch);
                batches.remove(tenant);
                batch = batch(tenant);
                added = batch.add(e, labels, chunk.frame(), i);
            }
            if (added == Batch.Added.STREAM_LIMITED) {
                metrics.droppedEntries.labelValues(host, tenant, WriteMetrics.REASON_STREAM_LIMITED).inc();
                metrics.droppedBytes.labelValues(host, tenant, WriteMetrics.REASON_STREAM_LIMITED)
                        .inc(Batch.sizeOf(e));
                if (chunk.frame() >= 0) {
                    progress.finish(chunk.frame(), i, i + 1);
                    delivered.accept(progress.drainFinishedPerSegment());
                }
            }
        }
    }

    private Batch batch(String tenant) {
        Batch b = batches.get(tenant);
        if (b == null) {
            b = new Batch(tenant, options.batchSize().bytes(), maxStreams, System.nanoTime());
            batches.put(tenant, b);
        }
        return b;
    }

    private String render(Labels labels) {
        String s = rendered.get(labels);
        if (s == null) {
            if (rendered.size() >= 10_000) {
                rendered.clear();
            }
            s = StreamLabels.render(labels);
            rendered.put(labels, s);
        }
        return s;
    }

    private void sendAged(long waitNanos) throws InterruptedException {
        long now = System.nanoTime();
        Iterator<Batch> it = batches.values().iterator();
        List<Batch> due = new ArrayList<>();
        while (it.hasNext()) {
            Batch b = it.next();
            if (b.ageNanos(now) >= waitNanos) {
                due.add(b);
                it.remove();
            }
        }
        for (Batch b : due) {
            send(b);
        }
    }

    /** Pushes one batch with retries; reports it delivered unless the endpoint is abandoning work. */
    private void send(Batch batch) throws InterruptedException {
        if (batch.isEmpty()) {
            return;
        }
        String tenant = batch.tenant();
        int size = encoder.encode(batch.streams());
        metrics.encodedBytes.labelValues(host, tenant).inc(size);
        metrics.batchSize.labelValues(host).observe(batch.bytes());
        if (batch.fromWal()) {
            // Whatever happens next ends this batch (delivered, or dropped after the retries)
            // unless the endpoint is abandoned; the checkpoint for that is written now, so that
            // recording the answer is one rename.
            progress.prepare(batch);
        }
        try {
            push(batch, tenant, size);
        } catch (InterruptedException | RuntimeException e) {
            if (batch.fromWal()) {
                progress.abandon();
            }
            throw e;
        }
    }

    private void push(Batch batch, String tenant, int size) throws InterruptedException {
        Backoff backoff = new Backoff(options.minBackoff(), options.maxBackoff());
        int maxAttempts = options.maxBackoffRetries();
        int status = 0;
        String error = "";
        for (int attempt = 1; ; attempt++) {
            long start = System.nanoTime();
            try {
                PushClient.Response response = client.push(encoder.body(), size, tenant);
                status = response.status();
                error = response.body();
            } catch (IOException e) {
                status = -1;
                error = e.toString();
            }
            if (status / 100 == 2) {
                finished(batch);
                metrics.requestDuration.labelValues(String.valueOf(status), host, tenant)
                        .observe((System.nanoTime() - start) / 1e9);
                metrics.requestSize.labelValues(host, tenant).observe(size);
                metrics.sentBytes.labelValues(host, tenant).inc(size);
                metrics.sentEntries.labelValues(host, tenant).inc(batch.entries());
                return;
            }
            metrics.requestDuration.labelValues(String.valueOf(status), host, tenant)
                    .observe((System.nanoTime() - start) / 1e9);
            boolean retryable = status < 0 || status / 100 == 5 || (status == 429 && options.retryOnHttp429());
            if (!retryable || abandon || (maxAttempts > 0 && attempt >= maxAttempts)) {
                break;
            }
            logger.log(System.Logger.Level.WARNING, "error sending batch, will retry: status=" + status
                    + " tenant=" + tenant + " error=" + error);
            metrics.batchRetries.labelValues(host, tenant).inc();
            sleeper.sleep(backoff.next());
        }
        if (abandon) {
            if (batch.fromWal()) {
                progress.abandon(); // this batch stays unfinished on disk: later answers must not move past it
            }
            return;
        }
        String reason = status == 429 ? WriteMetrics.REASON_RATE_LIMITED : WriteMetrics.REASON_GENERIC;
        logger.log(System.Logger.Level.ERROR, "final error sending batch, dropping it: status=" + status
                + " tenant=" + tenant + " entries=" + batch.entries() + " error=" + error);
        metrics.droppedEntries.labelValues(host, tenant, reason).inc(batch.entries());
        metrics.droppedBytes.labelValues(host, tenant, reason).inc(batch.bytes());
        finished(batch);
    }

    private void finished(Batch batch) {
        if (batch.fromWal()) {
            // Recorded before anything else: a crash from here on repeats nothing.
            progress.commit();
            delivered.accept(progress.drainFinishedPerSegment());
        }
        metrics.propagationLatency.labelValues(host).observe((System.nanoTime() - batch.createdNanos()) / 1e9);
    }
}
