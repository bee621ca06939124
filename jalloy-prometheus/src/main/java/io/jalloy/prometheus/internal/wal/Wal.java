package io.jalloy.prometheus.internal.wal;

import io.jalloy.common.labels.Labels;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * The writing side of the WAL and its series table. Opening replays every segment to rebuild the
 * series (refs stay stable across restarts), cuts off a torn tail, and starts a fresh segment.
 *
 * <p>Threads: appenders call {@link #series}, {@link #byRef} and {@link #write} concurrently; the
 * file is written under {@code lock}. Readers wait for new data with {@link #awaitChange}.
 */
public final class Wal implements AutoCloseable {
    /** Prometheus's default segment size. */
    public static final long DEFAULT_SEGMENT_SIZE = 128L << 20;
    private static final int DUMP_SERIES_PER_RECORD = 1000;
    private static final int DUMP_FLUSH_BYTES = 48 * 1024;

    private final Path dir;
    private final long segmentSize;
    private final System.Logger logger;
    private final SeriesIndex byLabels = new SeriesIndex(); // changed under lock
    private final ConcurrentLinkedQueue<RecordBuffer> buffers = new ConcurrentLinkedQueue<>();
    private final Object lock = new Object();
    private final ConcurrentLinkedQueue<Pending> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean(); // a caller is draining pending
    private final RecordBuffer seriesScratch = new RecordBuffer(64 * 1024); // guarded by lock
    private volatile SeriesEntry[] byRef = new SeriesEntry[1024];
    private long nextRef = 1; // guarded by lock
    private FileChannel channel; // guarded by lock
    private volatile long segment;
    private long size; // guarded by lock
    private long dumpSize; // bytes of the series records opening the current segment; guarded by lock
    private volatile long version; // written under lock; read without it
    private final java.util.Set<Thread> waiters = ConcurrentHashMap.newKeySet(); // readers in awaitChange
    private volatile boolean closed; // written under lock

    private Wal(Path dir, long segmentSize, System.Logger logger) {
        this.dir = dir;
        this.segmentSize = segmentSize;
        this.logger = logger;
    }

    /** Opens (creating when needed) the WAL in {@code dir} and replays it. */
    public static Wal open(Path dir, long segmentSize, System.Logger logger) throws IOException {
        Files.createDirectories(dir);
        Wal wal = new Wal(dir, segmentSize, logger);
        wal.replay();
        return wal;
    }

    public Path dir() {
        return dir;
    }

    /** The segment being written. */
    public long currentSegment() {
        return segment;
    }

    private void replay() throws IOException {
        List<Long> segments = Segments.list(dir);
        RecordReader r = new RecordReader();
        for (int i = 0; i < segments.size(); i++) {
            long seg = segments.get(i);
            Path file = Segments.file(dir, seg);
            try (SegmentReader reader = new SegmentReader(file, seg, 0)) {
                while (reader.next(r)) {
                    replayRecord(r);
                }
                long valid = reader.offset();
                long length = Files.size(file);
                if (valid < length) {
                    logger.log(System.Logger.Level.WARNING, "WAL segment " + file + ": cutting a torn or corrupt "
                            + "tail at byte " + valid + " of " + length);
                    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                        ch.truncate(valid);
                        ch.force(true);
                    }
                }
            }
        }
        synchronized (lock) {
            long next = segments.isEmpty() ? 1 : segments.get(segments.size() - 1) + 1;
            openSegment(next);
        }
    }

    private void replayRecord(RecordReader r) {
        int type = r.type();
        switch (type) {
            case RecordType.SERIES -> {
                while (r.hasMore()) {
                    long ref = r.varint();
                    Labels labels = r.labels();
                    if (byRefOrNull(ref) == null) {
                        SeriesEntry e = new SeriesEntry(ref, labels, Long.MIN_VALUE);
                        e.logged = true;
                        byLabels.add(e, byRef);
                        publish(e);
                    }
                    nextRef = Math.max(nextRef, ref + 1);
                }
            }
            case RecordType.SAMPLES -> {
                while (r.hasMore()) {
                    SeriesEntry e = byRefOrNull(r.varint());
                    long ts = r.fixed64();
                    r.fixed64();
                    if (e != null) {
                        e.touch(ts);
                    }
                }
            }
            case RecordType.DELETED_SERIES -> {
                while (r.hasMore()) {
                    remove(r.varint());
                }
            }
            default -> { }
        }
    }

    // Caller holds lock, or is the constructor's replay.
    private void openSegment(long seg) throws IOException {
        channel = FileChannel.open(Segments.file(dir, seg), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        segment = seg;
        size = 0;
        // Streamed in ref order from the by-ref table through one bounded buffer: materialising
        // every series record at once (~134 MB at 500k series) was the heap's high-water mark,
        // and the serial collector never returns a grown old generation.
        RecordBuffer rb = seriesScratch;
        rb.clear();
        SeriesEntry[] all = byRef;
        int inRecord = 0;
        for (SeriesEntry e : all) {
            if (e == null) {
                continue;
            }
            if (!rb.open()) {
                rb.begin(RecordType.SERIES);
            }
            rb.varint(e.ref);
            rb.labels(e.labels);
            e.logged = true;
            if (++inRecord == DUMP_SERIES_PER_RECORD || rb.length() >= DUMP_FLUSH_BYTES) {
                rb.finish();
                inRecord = 0;
                if (rb.length() >= DUMP_FLUSH_BYTES) {
                    writeLocked(rb);
                    rb.clear();
                }
            }
        }
        if (rb.open()) {
            rb.finish();
        }
        writeLocked(rb);
        rb.clear();
        dumpSize = size;
    }

    /** The series with {@code ref}, or null when unknown or collected. */
    public SeriesEntry byRef(long ref) {
        return byRefOrNull(ref);
    }

    private SeriesEntry byRefOrNull(long ref) {
        SeriesEntry[] a = byRef;
        return ref > 0 && ref < a.length ? a[(int) ref] : null;
    }

    private void publish(SeriesEntry e) {
        SeriesEntry[] a = byRef;
        if (e.ref >= a.length) {
            a = Arrays.copyOf(a, (int) Math.max(a.length * 2L, e.ref + 1));
        }
        a[(int) e.ref] = e;
        byRef = a;
    }

    private void remove(long ref) {
        SeriesEntry e = byRefOrNull(ref);
        if (e != null) {
            byLabels.remove(e);
            byRef[(int) ref] = null;
        }
    }

    /**
     * The series for {@code labels}, creating it when new. A new series is not logged yet: the
     * appender that uses it passes it to {@link #write(RecordBuffer, List)}.
     */
    public SeriesEntry series(Labels labels) {
        SeriesEntry e = byLabels.find(labels, byRef);
        if (e != null) {
            return e;
        }
        synchronized (lock) {
            e = byLabels.find(labels, byRef);
            if (e != null) {
                return e;
            }
            e = new SeriesEntry(nextRef++, labels, Long.MIN_VALUE);
            byLabels.add(e, byRef);
            publish(e);
            return e;
        }
    }

    /** Number of live series. */
    public int seriesCount() {
        synchronized (lock) {
            return byLabels.size();
        }
    }

    RecordBuffer borrow() {
        RecordBuffer b = buffers.poll();
        return b != null ? b : new RecordBuffer(16 * 1024);
    }

    void release(RecordBuffer b) {
        b.clear();
        if (b.array().length <= (4 << 20)) {
            buffers.offer(b);
        }
    }

    /** Appends the finished records in {@code rb} to the current segment, rolling it when full. */
    public void write(RecordBuffer rb) throws IOException {
        write(rb, List.of());
    }

    /**
     * As {@link #write(RecordBuffer)}, first logging whichever of {@code unlogged} series no other
     * commit has logged yet, so a series record always precedes its samples. Group commit: the
     * batch is queued, and whichever caller finds no write in progress writes every queued batch
     * under the lock while the others park until theirs is written. So hundreds of scrape threads
     * committing at once never spin on the lock; each still returns only once its batch is in the
     * file.
     */
    public void write(RecordBuffer rb, List<SeriesEntry> unlogged) throws IOException {
        Pending mine = new Pending(rb, unlogged, Thread.currentThread());
        pending.add(mine);
        while (true) {
            if (!mine.done && writing.compareAndSet(false, true)) {
                try {
                    drainPending();
                } finally {
                    writing.set(false);
                }
            }
            if (mine.done) {
                // Batches queued while this caller was writing, after its last drain, need a writer.
                if (!pending.isEmpty() && writing.compareAndSet(false, true)) {
                    try {
                        drainPending();
                    } finally {
                        writing.set(false);
                    }
                    continue;
                }
                break;
            }
            LockSupport.parkNanos(this, 10_000_000L); // woken by the writer; the timeout is a safety net
        }
        if (mine.error != null) {
            throw mine.error;
        }
    }

    /** One commit waiting to be written. */
    private static final class Pending {
        final RecordBuffer rb;
        final List<SeriesEntry> unlogged;
        final Thread waiter;
        volatile boolean done;
        IOException error; // published by the write of done

        Pending(RecordBuffer rb, List<SeriesEntry> unlogged, Thread waiter) {
            this.rb = rb;
            this.unlogged = unlogged;
            this.waiter = waiter;
        }
    }

    // Caller won the writing flag.
    private void drainPending() {
        synchronized (lock) {
            for (Pending p; (p = pending.poll()) != null; ) {
                try {
                    writeOne(p.rb, p.unlogged);
                } catch (IOException e) {
                    p.error = e;
                } catch (RuntimeException e) {
                    p.error = new IOException(e);
                }
                p.done = true;
                if (p.waiter != Thread.currentThread()) {
                    LockSupport.unpark(p.waiter);
                }
            }
        }
    }

    // Caller holds lock.
    private void writeOne(RecordBuffer rb, List<SeriesEntry> unlogged) throws IOException {
        if (closed) {
            throw new IOException("WAL is closed");
        }
        // The series records opening a segment do not count: with many series they alone can
        // approach the segment size, and counting them would roll (and rewrite them) every write.
        if (size > dumpSize && size - dumpSize + rb.length() > segmentSize) {
            roll();
        }
        if (!unlogged.isEmpty()) {
            seriesScratch.clear();
            for (SeriesEntry e : unlogged) {
                if (!e.logged) {
                    if (!seriesScratch.open()) {
                        seriesScratch.begin(RecordType.SERIES);
                    }
                    seriesScratch.varint(e.ref);
                    seriesScratch.labels(e.labels);
                    e.logged = true;
                }
            }
            if (seriesScratch.open()) {
                seriesScratch.finish();
                writeLocked(seriesScratch);
            }
        }
        writeLocked(rb);
    }

    private void writeLocked(RecordBuffer rb) throws IOException {
        if (rb.isEmpty()) {
            return;
        }
        ByteBuffer b = ByteBuffer.wrap(rb.array(), 0, rb.length());
        while (b.hasRemaining()) {
            channel.write(b);
        }
        size += rb.length();
        version++;
        wakeReaders();
    }

    private void roll() throws IOException {
        channel.force(true);
        channel.close();
        openSegment(segment + 1);
    }

    /** Blocks until something is written after {@code seen} (see {@link #version}) or the timeout passes. */
    public long awaitChange(long seen, long timeoutMillis) throws InterruptedException {
        // Parks without the lock, so a woken reader never competes with writers for the monitor.
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        Thread me = Thread.currentThread();
        while (version == seen && !closed) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            waiters.add(me);
            try {
                if (version == seen && !closed) { // re-checked after registering: no lost wake-up
                    LockSupport.parkNanos(this, left);
                }
            } finally {
                waiters.remove(me);
            }
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
        return version;
    }

    private void wakeReaders() {
        if (!waiters.isEmpty()) {
            for (Thread t : waiters) {
                LockSupport.unpark(t);
            }
        }
    }

    public long version() {
        return version;
    }

    /** Where the next record will go: the current segment and its size. */
    public Positions.Position end() {
        synchronized (lock) {
            return new Positions.Position(segment, size);
        }
    }

    /**
     * Deletes segments below {@code keepFrom}, never the one being written. When every reader has
     * consumed the current segment up to {@code end} (so {@code keepFrom} is past it) and nothing
     * was written since, the segment is rolled first so it can go too.
     */
    public void truncateBefore(long keepFrom, Positions.Position end) throws IOException {
        synchronized (lock) {
            if (keepFrom > segment && size > 0 && end != null && end.segment() == segment && end.offset() == size) {
                roll();
            }
            long limit = Math.min(keepFrom, segment);
            for (long seg : Segments.list(dir)) {
                if (seg < limit) {
                    Files.deleteIfExists(Segments.file(dir, seg));
                }
            }
        }
    }

    /** Forgets series whose newest sample is older than {@code cutoffTs}; logs their deletion. */
    public int collectSeries(long cutoffTs) throws IOException {
        List<Long> dead = new ArrayList<>();
        for (SeriesEntry e : byRef) {
            if (e != null && e.lastTs < cutoffTs) {
                dead.add(e.ref);
            }
        }
        if (dead.isEmpty()) {
            return 0;
        }
        synchronized (lock) {
            RecordBuffer rb = new RecordBuffer(dead.size() * 5 + 16);
            rb.begin(RecordType.DELETED_SERIES);
            for (long ref : dead) {
                rb.varint(ref);
                remove(ref);
            }
            rb.finish();
            writeLocked(rb);
        }
        return dead.size();
    }

    /** Fsyncs and closes the current segment. */
    @Override
    public void close() throws IOException {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            wakeReaders();
            channel.force(true);
            channel.close();
        }
    }
}
