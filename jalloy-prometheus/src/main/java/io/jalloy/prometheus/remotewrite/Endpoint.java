package io.jalloy.prometheus.remotewrite;

import io.jalloy.common.labels.Labels;
import io.jalloy.common.relabel.RelabelRules;
import io.jalloy.prometheus.api.ExemplarSample;
import io.jalloy.prometheus.api.HistogramSample;
import io.jalloy.prometheus.internal.remotewrite.WriteRequestEncoder;
import io.jalloy.prometheus.internal.wal.HistogramCodec;
import io.jalloy.prometheus.internal.wal.Positions;
import io.jalloy.prometheus.internal.wal.RecordReader;
import io.jalloy.prometheus.internal.wal.RecordType;
import io.jalloy.prometheus.internal.wal.Wal;
import io.jalloy.prometheus.internal.wal.WalTailer;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One {@code endpoint}: a reader thread tailing the WAL from this endpoint's saved position, which
 * hands samples to shards by series ref with the series' labels. Without external labels or write
 * relabelling those are the WAL's own {@link Labels} (no per-series copy here); otherwise each
 * series is resolved once and its final labels cached per ref. The position saved for the endpoint only
 * moves past a record once every shard has sent (or dropped) all it was given up to that record.
 *
 * <p>Threads: the reader and shard threads it starts; {@link #stop} and {@link #position} from the
 * component's thread.
 */
final class Endpoint implements WalTailer.Visitor {
    private static final Labels DROPPED = Labels.of("__dropped__", "true"); // compared by identity
    private static final int MAX_MARKS = 4096;
    private static final long RESHARD_CHECK_NANOS = 1_000_000_000L;
    private static final long SAVE_EVERY_NANOS = 200_000_000L;

    private record Mark(Positions.Position position, long[] enqueued) {}

    private final EndpointState state;
    private final Wal wal;
    private final Positions positions;
    private final Labels external;
    private final RelabelRules relabel;
    private volatile Shard[] shards; // replaced only by the reader thread, when resharding
    private final WalTailer tailer;
    private final ArrayDeque<Mark> marks = new ArrayDeque<>();
    private final Map<String, String[]> metadata = new LinkedHashMap<>();
    private final WriteRequestEncoder bodies = new WriteRequestEncoder();
    private final Labels.Builder scratch = new Labels.Builder();
    private final boolean transforms; // external labels or write relabelling to apply
    private Labels[] resolved = new Labels[0]; // by ref, only when transforms
    private final long ageLimitMs;
    private final io.prometheus.metrics.core.datapoints.CounterDataPoint tooOld;
    private volatile Positions.Position safe;
    private volatile boolean stopping;
    private Thread reader;
    private long lastSave;
    private Positions.Position saved; // reader thread (and stop, after it ended)
    private long lastMetadata = System.nanoTime();
    private long lastReshardCheck = System.nanoTime();
    private long retriesAtCheck;
    private int backloggedChecks;

    Endpoint(EndpointState state, Wal wal, Positions positions, Labels external) {
        this.state = state;
        this.wal = wal;
        this.positions = positions;
        this.external = external;
        this.relabel = RelabelRules.compile(state.options.writeRelabel());
        this.transforms = !external.isEmpty() || !relabel.isEmpty();
        this.ageLimitMs = state.options.queue().sampleAgeLimit().toMillis();
        this.tooOld = state.metrics.samplesDropped.labelValues(state.name, state.sender.url(), "too_old");
        int n = Math.max(1, state.options.queue().minShards());
        this.shards = new Shard[n];
        for (int i = 0; i < n; i++) {
            shards[i] = new Shard(state);
        }
        Positions.Position start = positions.get(state.name);
        this.safe = start;
        this.tailer = new WalTailer(wal, start);
        state.metrics.shards.labelValues(state.name, state.sender.url()).set(n);
    }

    String name() {
        return state.name;
    }

    EndpointState state() {
        return state;
    }

    /** The position before which this endpoint needs nothing, or null when it has read nothing. */
    Positions.Position position() {
        return safe;
    }

    void start() {
        for (int i = 0; i < shards.length; i++) {
            shards[i].start("prometheus.remote_write " + state.name + " shard " + i);
        }
        reader = Thread.ofVirtual().name("prometheus.remote_write " + state.name + " reader").start(this::readLoop);
    }

    void stop() throws InterruptedException {
        stopping = true;
        // The reader first, so it cannot replace the shards while they are being stopped.
        if (reader != null) {
            reader.interrupt();
            reader.join();
        }
        for (Shard s : shards) {
            s.stop();
        }
        advance();
        save();
        try {
            tailer.close();
        } catch (IOException ignored) {
            // Read-only file; nothing to lose.
        }
        state.sender.close();
    }

    private void readLoop() {
        try {
            while (!stopping) {
                tailer.poll(this, 200);
                checkpoint();
                maybeSendMetadata();
                maybeReshard();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            if (!stopping) {
                state.logger.log(System.Logger.Level.ERROR, "reading the WAL failed: " + e);
            }
        }
    }

    @Override
    public void record(RecordReader r, int type, boolean replayOnly, long segment, long endOffset)
            throws InterruptedException {
        switch (type) {
            case RecordType.SERIES -> {
                while (r.hasMore()) {
                    long ref = r.varint();
                    Labels labels = walLabels(ref);
                    if (!transforms) {
                        r.skipLabels(); // the WAL's series table has them
                        continue;
                    }
                    if (labels == null) {
                        labels = r.labels();
                    } else {
                        r.skipLabels();
                    }
                    resolve(ref, labels);
                }
            }
            case RecordType.DELETED_SERIES -> {
                while (r.hasMore()) {
                    long ref = r.varint();
                    if (ref < resolved.length) {
                        resolved[(int) ref] = null;
                    }
                }
            }
            case RecordType.SAMPLES -> {
                if (!replayOnly) {
                    while (r.hasMore()) {
                        long ref = r.varint();
                        long ts = r.fixed64();
                        double v = r.getDouble();
                        Labels l = labelsOf(ref);
                        if (l == null) {
                            continue;
                        }
                        if (ageLimitMs > 0 && ts < System.currentTimeMillis() - ageLimitMs) {
                            tooOld.inc();
                            continue;
                        }
                        enqueue(ref, l, Shard.FLOAT, ts, v, null);
                    }
                }
            }
            case RecordType.EXEMPLARS -> {
                if (!replayOnly && state.options.sendExemplars()) {
                    while (r.hasMore()) {
                        long ref = r.varint();
                        long ts = r.fixed64();
                        double v = r.getDouble();
                        boolean hasTs = r.getByte() != 0;
                        Labels el = r.labels();
                        Labels l = labelsOf(ref);
                        if (l != null) {
                            byte[] body = bodies.exemplarBody(new ExemplarSample(el, v, ts, hasTs));
                            enqueue(ref, l, Shard.EXEMPLAR, ts, v, body);
                        }
                    }
                }
            }
            case RecordType.HISTOGRAMS -> {
                if (!replayOnly && state.options.sendNativeHistograms()) {
                    while (r.hasMore()) {
                        long ref = r.varint();
                        long ts = r.fixed64();
                        HistogramSample h = HistogramCodec.read(r);
                        Labels l = labelsOf(ref);
                        if (l != null) {
                            enqueue(ref, l, Shard.HISTOGRAM, ts, 0, bodies.histogramBody(h, ts));
                        }
                    }
                }
            }
            case RecordType.METADATA -> {
                while (r.hasMore()) {
                    long ref = r.varint();
                    String[] m = {r.string(), r.string(), r.string()};
                    Labels original = walLabels(ref);
                    String family = original == null ? "" : original.get("__name__");
                    if (!family.isEmpty()) {
                        metadata.put(family, m);
                    }
                }
            }
            default -> { }
        }
        Shard[] current = shards;
        long[] enq = new long[current.length];
        for (int i = 0; i < current.length; i++) {
            enq[i] = current[i].enqueued();
        }
        Mark last = marks.peekLast();
        Positions.Position p = new Positions.Position(segment, endOffset);
        // Merging into the last mark is always safe (it only makes the saved position coarser); it
        // bounds the marks kept while an endpoint is down.
        if (last != null && (Arrays.equals(last.enqueued, enq) || marks.size() >= MAX_MARKS)) {
            marks.pollLast();
        }
        marks.addLast(new Mark(p, enq));
        maybeReshard();
    }

    // Waits while the shard is full, checking meanwhile whether more shards would help.
    private void enqueue(long ref, Labels l, byte kind, long ts, double v, byte[] body) throws InterruptedException {
        while (!shard(ref).offer(l, kind, ts, v, body, 100)) {
            if (stopping) {
                throw new InterruptedException("endpoint stopping");
            }
            checkpoint(); // a long backlog drains here, batch after batch; keep the saved position up with it
            maybeReshard();
        }
    }

    /**
     * Advances the safe position and saves it soon after it moves, so whatever a crash makes this
     * endpoint send twice (which Prometheus refuses as out of order) stays small.
     */
    private void checkpoint() {
        advance();
        if (safe != saved && System.nanoTime() - lastSave > SAVE_EVERY_NANOS) {
            save();
        }
    }

    private Shard shard(long ref) {
        Shard[] current = shards;
        return current[(int) Long.remainderUnsigned(ref * 0x9E3779B97F4A7C15L >>> 16, current.length)];
    }

    /** The labels to send for {@code ref}, or null when unknown or dropped by relabelling. */
    private Labels labelsOf(long ref) {
        if (!transforms) {
            return walLabels(ref);
        }
        Labels l = ref < resolved.length ? resolved[(int) ref] : null;
        return l == null || l == DROPPED ? null : l;
    }

    private Labels walLabels(long ref) {
        var e = wal.byRef(ref);
        return e == null ? null : e.labels();
    }

    private void resolve(long ref, Labels labels) {
        if (ref >= resolved.length) {
            resolved = Arrays.copyOf(resolved, (int) Math.max(Math.max(1024, resolved.length * 2L), ref + 1));
        }
        if (resolved[(int) ref] != null) {
            return;
        }
        Labels out = labels;
        if (!external.isEmpty()) {
            scratch.reset(labels);
            for (int i = 0; i < external.size(); i++) {
                if (!labels.has(external.name(i))) {
                    scratch.set(external.name(i), external.value(i));
                }
            }
            out = scratch.build();
        }
        if (!relabel.isEmpty()) {
            out = relabel.process(out);
        }
        resolved[(int) ref] = out == null ? DROPPED : out;
    }

    /**
     * Scales the shard count up (doubling, at most {@code max_shards}) when the backlog stayed above
     * two full batches per shard for two checks in a row while sends succeeded without retries;
     * a failing endpoint is not helped by more shards. Shards drain before the switch so every
     * series' samples stay in order.
     */
    private void maybeReshard() throws InterruptedException {
        long now = System.nanoTime();
        if (now - lastReshardCheck < RESHARD_CHECK_NANOS) {
            return;
        }
        lastReshardCheck = now;
        Shard[] current = shards;
        long backlog = 0;
        for (Shard s : current) {
            backlog += s.enqueued() - s.done();
        }
        long retries = state.retries();
        boolean healthy = retries == retriesAtCheck;
        retriesAtCheck = retries;
        int max = state.options.queue().maxShards();
        boolean backlogged = backlog > 2L * state.options.queue().maxSamplesPerSend() * current.length;
        backloggedChecks = healthy && backlogged ? backloggedChecks + 1 : 0;
        if (backloggedChecks < 2 || current.length >= max) {
            return;
        }
        backloggedChecks = 0;
        int next = Math.min(max, current.length * 2);
        for (Shard s : current) {
            while (s.done() < s.enqueued()) {
                if (stopping) {
                    return;
                }
                Thread.sleep(5);
            }
        }
        advance();
        marks.clear();
        for (Shard s : current) {
            s.stop();
        }
        Shard[] fresh = new Shard[next];
        for (int i = 0; i < next; i++) {
            fresh[i] = new Shard(state);
            fresh[i].start("prometheus.remote_write " + state.name + " shard " + i);
        }
        shards = fresh;
        state.metrics.shards.labelValues(state.name, state.sender.url()).set(next);
        state.logger.log(System.Logger.Level.INFO, "remote write " + state.name + ": resharding from "
                + current.length + " to " + next + " shards");
    }

    /** Shard count, for tests. */
    int shardCount() {
        return shards.length;
    }

    /** Moves the safe position past every record whose samples all shards have finished. */
    private void advance() {
        Mark best = null;
        while (!marks.isEmpty()) {
            Mark m = marks.peekFirst();
            boolean done = true;
            Shard[] current = shards;
            for (int i = 0; i < current.length; i++) {
                if (current[i].done() < m.enqueued[i]) {
                    done = false;
                    break;
                }
            }
            if (!done) {
                break;
            }
            best = marks.pollFirst();
        }
        if (best != null) {
            safe = best.position;
            positions.put(state.name, best.position);
        }
    }

    private void save() {
        lastSave = System.nanoTime();
        saved = safe;
        try {
            positions.save();
        } catch (IOException e) {
            state.logger.log(System.Logger.Level.WARNING, "cannot save WAL positions: " + e);
        }
    }

    private void maybeSendMetadata() throws InterruptedException {
        MetadataOptions mo = state.options.metadata();
        if (!mo.send() || metadata.isEmpty()
                || System.nanoTime() - lastMetadata < mo.sendInterval().toNanos()) {
            return;
        }
        lastMetadata = System.nanoTime();
        WriteRequestEncoder enc = new WriteRequestEncoder();
        int n = 0;
        for (Map.Entry<String, String[]> e : metadata.entrySet()) {
            String[] m = e.getValue();
            enc.addMetadata(e.getKey(), m[0], m[1], m[2]);
            n++;
        }
        MetadataSend.send(state, enc, n);
    }
}
