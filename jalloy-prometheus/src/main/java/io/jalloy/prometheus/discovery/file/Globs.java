package io.jalloy.prometheus.discovery.file;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands a Go {@code filepath.Glob}-style pattern ({@code *}, {@code ?}, {@code [...]} within one path element). */
final class Globs {
    private Globs() {}

    static List<Path> expand(String pattern) throws IOException {
        Path p = Path.of(pattern);
        Path base = p.isAbsolute() ? p.getRoot() : Path.of("");
        int firstGlob = -1;
        for (int i = 0; i < p.getNameCount(); i++) {
            String part = p.getName(i).toString();
            if (part.indexOf('*') >= 0 || part.indexOf('?') >= 0 || part.indexOf('[') >= 0) {
                firstGlob = i;
                break;
            }
            base = base.resolve(part);
        }
        if (firstGlob < 0) {
            return Files.isRegularFile(p) ? List.of(p) : List.of();
        }
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + p);
        int depth = p.getNameCount() - firstGlob;
        List<Path> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(base, depth)) {
            walk.filter(f -> f.getNameCount() == p.getNameCount() && matcher.matches(f) && Files.isRegularFile(f))
                    .sorted().forEach(out::add);
        }
        return out;
    }
}
