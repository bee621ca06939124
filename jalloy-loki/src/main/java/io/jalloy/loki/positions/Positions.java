package io.jalloy.loki.positions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far each source has read, in memory, saved to a positions file. Readers {@link #prepare}
 * the file for the end of a batch before sending it and {@link #commit} it (a rename) once their
 * receivers took the batch, so the file never runs ahead of what was delivered and, when the
 * receivers make what they take durable (a {@code loki.write} with its WAL), a restart even after
 * {@code kill -9} re-reads only a batch that was sent but whose rename had not happened. {@link #save} (every {@link #SYNC_PERIOD} and when stopping, as Alloy) also
 * forces the file to disk. Thread-safe: reader threads put and save, the component's thread saves.
 */
public final class Positions {
    /** How often Alloy saves positions. */
    public static final Duration SYNC_PERIOD = Duration.ofSeconds(10);

    private static final List<String> CURSOR_PREFIXES = List.of("cursor-", "journal-");

    private final Path file;
    private final System.Logger logger;
    private final Map<PositionKey, String> positions;
    private final Object saveLock = new Object();
    private final AtomicLong version = new AtomicLong();
    private long savedVersion = -1; // guarded by saveLock
    private boolean directoryReady; // guarded by saveLock
    private long nextTemporary; // guarded by saveLock

    private Positions(Path file, System.Logger logger, Map<PositionKey, String> initial) {
        this.file = file;
        this.logger = logger;
        this.positions = new ConcurrentHashMap<>(initial);
    }

    /**
     * Loads {@code file} (absent means empty); fails with Alloy's message when it is not valid
     * YAML. Files {@link #prepare}d by a process that died before committing them are deleted.
     */
    public static Positions open(Path file, System.Logger logger) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (Files.isDirectory(dir)) {
            String prefix = file.getFileName() + ".";
            try (var stale = Files.newDirectoryStream(dir, p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix) && n.endsWith(".pending");
            })) {
                for (Path p : stale) {
                    Files.deleteIfExists(p);
                }
            }
        }
        return new Positions(file, logger, PositionsFile.read(file));
    }

    /**
     * Rewrites a legacy positions file (paths only, from static mode or Promtail) into {@code
     * newFile} with empty labels, when the legacy file is valid and {@code newFile} is absent or
     * empty. Never fails: problems are logged, as in Alloy.
     */
    public static void convertLegacy(Path legacyFile, Path newFile, System.Logger logger) {
        Map<String, String> legacy = PositionsFile.readLegacy(legacyFile);
        if (legacy == null) {
            logger.log(System.Logger.Level.INFO, "will not convert the legacy positions file as it is not valid or does not exist legacy_path=" + legacyFile);
            return;
        }
        try {
            if (Files.exists(newFile) && Files.size(newFile) > 0) {
                logger.log(System.Logger.Level.INFO, "will not convert the legacy positions file as the new positions file already exists path=" + newFile);
                return;
            }
            Map<PositionKey, String> converted = new HashMap<>();
            legacy.forEach((path, pos) -> converted.put(new PositionKey(path, "{}"), pos));
            PositionsFile.write(newFile, converted, true);
            logger.log(System.Logger.Level.INFO, "successfully converted legacy positions file to the new format path=" + newFile + " legacy_path=" + legacyFile);
        } catch (IOException e) {
            logger.log(System.Logger.Level.ERROR, "error writing new positions file converted from legacy path=" + newFile + " error=" + e.getMessage());
        }
    }

    /** The stored text for {@code key}, null when there is none. */
    public String getString(PositionKey key) {
        return positions.get(key);
    }

    /**
     * The stored offset for {@code key}, 0 when there is none.
     *
     * @throws NumberFormatException when the stored value is not an integer (a corrupt file)
     */
    public long get(PositionKey key) {
        String v = positions.get(key);
        return v == null ? 0 : Long.parseLong(v);
    }

    public void put(PositionKey key, long offset) {
        positions.put(key, Long.toString(offset));
        version.incrementAndGet();
    }

    public void putString(PositionKey key, String value) {
        positions.put(key, value);
        version.incrementAndGet();
    }

    public void remove(PositionKey key) {
        positions.remove(key);
        version.incrementAndGet();
    }

    /** Writes the current positions to the file and forces it to disk; errors are logged, the next save tries again. */
    public void save() {
        write(true);
    }

    /**
     * Writes the current positions when they changed since the last write (an atomic rename, not
     * forced to disk: it must outlive the process, as the WAL's appends do, not the machine).
     */
    public void saveIfChanged() {
        write(false);
    }

    private void write(boolean force) {
        synchronized (saveLock) {
            long v = version.get();
            if (!force && v == savedVersion) {
                return;
            }
            try {
                ensureDirectory();
                PositionsFile.write(file, new HashMap<>(positions), force);
                savedVersion = v;
            } catch (IOException e) {
                logger.log(System.Logger.Level.ERROR, "error writing positions file error=" + e.getMessage());
            }
        }
    }

    /**
     * The positions file as it will be once {@code key} is at {@code offset}, written ahead to a
     * file of its own, before the batch that ends there is sent. {@link #commit} then only has to
     * rename it into place, which is the whole window in which a crash makes the batch be read
     * again. Returns null when it cannot be written (then {@link #commit} writes the usual way).
     */
    public Prepared prepare(PositionKey key, long offset) {
        synchronized (saveLock) {
            long base = version.get();
            Map<PositionKey, String> next = new HashMap<>(positions);
            next.put(key, Long.toString(offset));
            Path tmp = file.resolveSibling(file.getFileName() + "." + (nextTemporary++) + ".pending");
            try {
                ensureDirectory();
                PositionsFile.writeTemporary(tmp, next, false);
                return new Prepared(key, offset, tmp, base);
            } catch (IOException e) {
                logger.log(System.Logger.Level.ERROR, "error writing positions file error=" + e.getMessage());
                return new Prepared(key, offset, null, base);
            }
        }
    }

    /**
     * Records a prepared position (its batch was delivered) and puts the file in place: by a rename
     * when nothing else changed since {@link #prepare}, else by writing it again.
     */
    public void commit(Prepared p) {
        synchronized (saveLock) {
            positions.put(p.key, Long.toString(p.offset));
            long v = version.incrementAndGet();
            if (p.tmp != null && v == p.base + 1) {
                try {
                    PositionsFile.install(p.tmp, file);
                    savedVersion = v;
                    return;
                } catch (IOException e) {
                    // written again below
                }
            }
            if (p.tmp != null) {
                try {
                    Files.deleteIfExists(p.tmp);
                } catch (IOException e) {
                    // deleted on the next open
                }
            }
        }
        write(false);
    }

    /** A positions file written ahead by {@link #prepare}, waiting for {@link #commit}. */
    public static final class Prepared {
        private final PositionKey key;
        private final long offset;
        private final Path tmp;
        private final long base;

        private Prepared(PositionKey key, long offset, Path tmp, long base) {
            this.key = key;
            this.offset = offset;
            this.tmp = tmp;
            this.base = base;
        }
    }

    /** Forgets files that no longer exist (cursors are kept), as Alloy does after each periodic save. */
    public void cleanup() {
        for (PositionKey key : positions.keySet()) {
            if (CURSOR_PREFIXES.stream().anyMatch(key.path()::startsWith)) {
                continue;
            }
            if (!Files.exists(Path.of(key.path()))) {
                remove(key);
            }
        }
    }

    private void ensureDirectory() throws IOException {
        if (!directoryReady) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            directoryReady = true;
        }
    }

    /** A copy of all positions, for debugging and tests. */
    public Map<PositionKey, String> snapshot() {
        return Map.copyOf(positions);
    }
}
