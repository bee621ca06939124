package io.jalloy.prometheus.internal.wal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The small checkpoint file recording, per endpoint, the WAL position everything before which has
 * been sent (or given up on): lines of {@code name segment offset}. Rewritten atomically (temp file
 * and rename). Thread-safe.
 */
public final class Positions {
    /** A WAL position. */
    public record Position(long segment, long offset) implements Comparable<Position> {
        @Override
        public int compareTo(Position o) {
            int c = Long.compare(segment, o.segment);
            return c != 0 ? c : Long.compare(offset, o.offset);
        }
    }

    private final Path file;
    private final Map<String, Position> positions = new LinkedHashMap<>();

    public Positions(Path file) throws IOException {
        this.file = file;
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] p = line.trim().split(" ");
                if (p.length == 3) {
                    try {
                        positions.put(p[0], new Position(Long.parseLong(p[1]), Long.parseLong(p[2])));
                    } catch (NumberFormatException ignored) {
                        // A damaged line only means that endpoint starts from the oldest segment.
                    }
                }
            }
        }
    }

    public synchronized Position get(String name) {
        return positions.get(name);
    }

    public synchronized void put(String name, Position p) {
        positions.put(name, p);
    }

    /** Keeps only {@code names}: endpoints removed from the configuration no longer hold segments. */
    public synchronized void retain(java.util.Collection<String> names) {
        positions.keySet().retainAll(names);
    }

    public synchronized void save() throws IOException {
        StringBuilder sb = new StringBuilder();
        positions.forEach((k, v) -> sb.append(k).append(' ').append(v.segment()).append(' ').append(v.offset())
                .append('\n'));
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, sb, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
