package io.jalloy.prometheus.internal.wal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Naming and listing of segment files: eight-digit zero-padded numbers, as Prometheus's. */
public final class Segments {
    private Segments() {}

    public static Path file(Path dir, long segment) {
        return dir.resolve(String.format("%08d", segment));
    }

    /** The segment numbers present in {@code dir}, ascending. */
    public static List<Long> list(Path dir) throws IOException {
        List<Long> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String n = p.getFileName().toString();
                if (n.length() == 8 && n.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    out.add(Long.parseLong(n));
                }
            }
        }
        out.sort(null);
        return out;
    }
}
