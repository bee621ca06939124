package io.jalloy.loki.write;

import io.jalloy.common.protobuf.ProtoWriter;
import io.jalloy.loki.api.LogEntry;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code loki.write}'s write-ahead log. Every accepted batch is appended to the active segment file
 * (reaching the operating system, so it survives the process being killed) before {@code send}
 * returns; each endpoint then reads the segments back with its own {@link WalTailer} and sends
 * what it reads. A segment counts the entry deliveries still owed to the endpoints and is deleted
 * once it is closed and owes none. Segments left by an earlier run are found on open (a torn tail
 * truncated) and read again from each endpoint's {@link WalCheckpoint}. Segments older than
 * {@code max_segment_age} are deleted even if undelivered, as Alloy does.
 *
 * <p>Threads: appenders call {@link #append}; endpoint threads read through tailers and report
 * {@link #delivered}; the segment table is guarded by this object, once per batch.
 */
final class Wal implements AutoCloseable {
    static final String SUFFIX = ".wal";
    private static final long ROLL_BYTES = 8L << 20;

    /** What the table knows of one segment. */
    private static final class Segment {
        long owed;
        long written;
        boolean closed;
        final long openedNanos;

        Segment(long openedNanos) {
            this.openedNanos = openedNanos;
        }
    }

    private final Path dir;
    private final int endpoints;
    private final long maxAgeNanos;
    private final long rollAgeNanos;
    private final TreeMap<Long, Segment> segments = new TreeMap<>();
    private final ProtoWriter frame = new ProtoWriter(64 * 1024);
    private final Object signal = new Object();
    private long version; // guarded by signal: bumped on every append and close
    private FileChannel active;
    private long activeId = -1;
    private long nextId;

    private Wal(Path dir, int endpoints, Duration maxSegmentAge, Duration rollAge) {
        this.dir = dir;
        this.endpoints = endpoints;
        this.maxAgeNanos = maxSegmentAge.toNanos();
        this.rollAgeNanos = rollAge.toNanos();
    }

    /**
     * Opens the WAL in {@code dir}, creating it. Segments of an earlier run are checked (a torn
     * tail is cut off); what they hold past each endpoint's checkpoint is owed to it again, and a
     * segment owed to no endpoint is deleted. New segments are numbered past every checkpoint, so
     * that no endpoint mistakes them for ones it has finished.
     */
    static Wal open(Path dir, List<WalCheckpoint> checkpoints, Duration maxSegmentAge, Duration rollAge)
            throws IOException {
        Files.createDirectories(dir);
        Wal wal = new Wal(dir, checkpoints.size(), maxSegmentAge, rollAge);
        for (WalCheckpoint c : checkpoints) {
            wal.nextId = Math.max(wal.nextId, c.segment() + 1);
        }
        long now = System.nanoTime();
        for (long id : segmentIds(dir)) {
            wal.nextId = Math.max(wal.nextId, id + 1);
            Path file = wal.path(id);
            byte[] data = Files.readAllBytes(file);
            List<LogEntry> entries = new ArrayList<>();
            int good = WalCodec.readFrames(data, data.length, entries);
            if (good < data.length) {
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    ch.truncate(good);
                }
            }
            long[] owed = {0};
            WalCodec.forEachFrame(data, good, (offset, count) -> {
                for (WalCheckpoint c : checkpoints) {
                    if (!c.covers(id, offset, 0)) {
                        owed[0] += count;
                    } else if (c.covers(id, offset, count - 1)) {
                        continue;
                    } else {
                        owed[0] += count - c.skip();
                    }
                }
            });
            if (owed[0] == 0) {
                Files.deleteIfExists(file);
                continue;
            }
            Segment s = new Segment(now);
            s.owed = owed[0];
            s.written = good;
            s.closed = true;
            wal.segments.put(id, s);
        }
        return wal;
    }

    /** Makes {@code entries} durable and wakes the tailers. */
    void append(List<LogEntry> entries) throws IOException {
        synchronized (this) {
            long now = System.nanoTime();
            Segment current = activeId < 0 ? null : segments.get(activeId);
            if (active == null || current == null || current.written >= ROLL_BYTES
                    || now - current.openedNanos >= rollAgeNanos) {
                roll(now);
                current = segments.get(activeId);
            }
            frame.reset();
            WalCodec.writeFrame(frame, entries);
            ByteBuffer buf = ByteBuffer.wrap(frame.array(), 0, frame.size());
            while (buf.hasRemaining()) {
                active.write(buf);
            }
            current.written += frame.size();
            current.owed += (long) entries.size() * endpoints;
        }
        wake();
    }

    private void wake() {
        synchronized (signal) {
            version++;
            signal.notifyAll();
        }
    }

    /** The current append count, for {@link #awaitChange}. */
    long version() {
        synchronized (signal) {
            return version;
        }
    }

    /** Waits until something was appended or closed since {@code seen}, or {@code nanos} pass. */
    void awaitChange(long seen, long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        synchronized (signal) {
            while (version == seen) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                signal.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    /** The first segment at or after {@code id}, or -1. */
    synchronized long segmentAtOrAfter(long id) {
        Long k = segments.ceilingKey(id);
        return k == null ? -1 : k;
    }

    /** How many bytes of segment {@code id} are complete frames; -1 when it is gone. */
    synchronized long written(long id) {
        Segment s = segments.get(id);
        return s == null ? -1 : s.written;
    }

    /** Whether segment {@code id} takes no more appends (or is gone). */
    synchronized boolean closed(long id) {
        Segment s = segments.get(id);
        return s == null || s.closed;
    }

    Path path(long id) {
        return dir.resolve(String.format("%016d%s", id, SUFFIX));
    }

    /** Records deliveries (or final drops) by one endpoint: entry counts per segment. */
    synchronized void delivered(Map<Long, Integer> perSegment) {
        for (Map.Entry<Long, Integer> e : perSegment.entrySet()) {
            Segment s = segments.get(e.getKey());
            if (s != null) {
                s.owed -= e.getValue();
                if (s.owed <= 0 && s.closed) {
                    delete(e.getKey());
                }
            }
        }
    }

    private void roll(long now) throws IOException {
        closeActive();
        activeId = nextId++;
        active = FileChannel.open(path(activeId), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        segments.put(activeId, new Segment(now));
        for (Long id : List.copyOf(segments.keySet())) {
            if (id != activeId && now - segments.get(id).openedNanos > maxAgeNanos) {
                delete(id);
            }
        }
    }

    private void closeActive() throws IOException {
        if (active == null) {
            return;
        }
        active.close();
        active = null;
        Segment s = segments.get(activeId);
        if (s != null) {
            s.closed = true;
            if (s.owed <= 0) {
                delete(activeId);
            }
        }
        activeId = -1;
    }

    private void delete(long id) {
        segments.remove(id);
        try {
            Files.deleteIfExists(path(id));
        } catch (IOException e) {
            // Left for the next start, which finds it empty of owed entries only after sending
            // them again: duplicates are better than a crash here.
        }
    }

    /** The segment files present, for tests and diagnostics. */
    static List<Long> segmentIds(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(SUFFIX))
                    .map(n -> Long.parseLong(n.substring(0, n.length() - SUFFIX.length())))
                    .sorted()
                    .toList();
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (this) {
            closeActive();
        }
        wake();
    }
}
