package io.jalloy.loki.write;

import io.jalloy.loki.api.LogEntry;
import io.jalloy.loki.internal.ProtoBuffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code loki.write}'s write-ahead log: every accepted batch is appended to the active segment
 * file (reaching the operating system, so it survives the process being killed) before {@code
 * send} returns. Each segment counts the entry deliveries still owed to the endpoints and is
 * deleted once it is closed and owes none. On start, segments left by an earlier run are read back
 * (a torn tail truncated) and sent again. Segments older than {@code max_segment_age} are deleted
 * even if undelivered, as Alloy does.
 *
 * <p>Threads: appenders call {@link #append}; endpoint threads call {@link #delivered}; all
 * methods synchronise on this object, once per batch.
 */
final class Wal implements AutoCloseable {
    static final String SUFFIX = ".wal";
    private static final long ROLL_BYTES = 8L << 20;

    /** A segment read back on start: its id and entries. */
    record Replayed(long id, List<LogEntry> entries) {}

    private final Path dir;
    private final int endpoints;
    private final long maxAgeNanos;
    private final long rollAgeNanos;
    private final Map<Long, Long> owed = new HashMap<>();
    private final Map<Long, Long> openedNanos = new HashMap<>();
    private final ProtoBuffer frame = new ProtoBuffer(64 * 1024);
    private FileChannel active;
    private long activeId;
    private long activeBytes;
    private long nextId;

    private Wal(Path dir, int endpoints, Duration maxSegmentAge, Duration rollAge, long nextId) {
        this.dir = dir;
        this.endpoints = endpoints;
        this.maxAgeNanos = maxSegmentAge.toNanos();
        this.rollAgeNanos = rollAge.toNanos();
        this.nextId = nextId;
        this.activeId = -1;
    }

    /** Opens the WAL in {@code dir}, creating it; segments found there are owed until replayed. */
    static Wal open(Path dir, int endpoints, Duration maxSegmentAge, Duration rollAge) throws IOException {
        Files.createDirectories(dir);
        long next = 0;
        for (long id : segmentIds(dir)) {
            next = Math.max(next, id + 1);
        }
        return new Wal(dir, endpoints, maxSegmentAge, rollAge, next);
    }

    /** Reads back the segments of an earlier run, in order; they count as owed from now on. */
    synchronized List<Replayed> replay() throws IOException {
        List<Replayed> out = new ArrayList<>();
        for (long id : segmentIds(dir)) {
            if (id == activeId) {
                continue;
            }
            Path file = path(id);
            byte[] data = Files.readAllBytes(file);
            List<LogEntry> entries = new ArrayList<>();
            int good = WalCodec.readFrames(data, data.length, entries);
            if (good < data.length) {
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    ch.truncate(good);
                }
            }
            if (entries.isEmpty() || endpoints == 0) {
                Files.deleteIfExists(file);
                continue;
            }
            owed.put(id, (long) entries.size() * endpoints);
            openedNanos.put(id, System.nanoTime());
            out.add(new Replayed(id, entries));
        }
        return out;
    }

    /** Makes {@code entries} durable; returns the segment they went to. */
    synchronized long append(List<LogEntry> entries) throws IOException {
        long now = System.nanoTime();
        if (active == null || activeBytes >= ROLL_BYTES || now - openedNanos.get(activeId) >= rollAgeNanos) {
            roll(now);
        }
        frame.reset();
        WalCodec.writeFrame(frame, entries);
        ByteBuffer buf = ByteBuffer.wrap(frame.array(), 0, frame.size());
        while (buf.hasRemaining()) {
            active.write(buf);
        }
        activeBytes += frame.size();
        owed.merge(activeId, (long) entries.size() * endpoints, Long::sum);
        return activeId;
    }

    /** Records deliveries (or final drops) by one endpoint: entry counts per segment. */
    synchronized void delivered(Map<Long, Integer> perSegment) {
        for (Map.Entry<Long, Integer> e : perSegment.entrySet()) {
            Long left = owed.computeIfPresent(e.getKey(), (k, v) -> v - e.getValue());
            if (left != null && left <= 0 && e.getKey() != activeId) {
                delete(e.getKey());
            }
        }
    }

    private void roll(long now) throws IOException {
        closeActive();
        activeId = nextId++;
        active = FileChannel.open(path(activeId), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        activeBytes = 0;
        owed.putIfAbsent(activeId, 0L);
        openedNanos.put(activeId, now);
        for (Long id : List.copyOf(owed.keySet())) {
            if (id != activeId && now - openedNanos.getOrDefault(id, now) > maxAgeNanos) {
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
        long id = activeId;
        activeId = -1;
        if (owed.getOrDefault(id, 0L) <= 0) {
            delete(id);
        }
    }

    private void delete(long id) {
        owed.remove(id);
        openedNanos.remove(id);
        try {
            Files.deleteIfExists(path(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    private Path path(long id) {
        return dir.resolve(String.format("%016d%s", id, SUFFIX));
    }

    @Override
    public synchronized void close() throws IOException {
        closeActive();
    }
}
