package io.jalloy.loki.filematch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Lists the files and directories a {@link Glob} matches (doublestar's FilepathGlob): literal
 * elements are looked up directly, wildcard elements list their directory in name order, and
 * {@code **} descends through subdirectories, following symbolic links. I/O errors on a
 * directory skip that directory, as doublestar does by default. Called on the component's
 * thread only.
 */
final class GlobWalk {
    /** Guards {@code **} against symbolic link loops. */
    private static final int MAX_DEPTH = 64;

    private final Set<String> out = new LinkedHashSet<>();

    private GlobWalk() {}

    /** The matching paths, absolute when the pattern is, relative to the working directory otherwise. */
    static List<String> list(Glob glob) {
        GlobWalk walk = new GlobWalk();
        for (String[] elements : glob.alternatives()) {
            if (elements.length > 0 && elements[0].isEmpty()) {
                walk.walk(Path.of("/"), elements, 1, 0);
            } else {
                walk.walk(null, elements, 0, 0);
            }
        }
        return new ArrayList<>(walk.out);
    }

    private static Path child(Path dir, String name) {
        return dir == null ? Path.of(name) : dir.resolve(name);
    }

    private static Path listable(Path dir) {
        return dir == null ? Path.of(".") : dir;
    }

    private void walk(Path dir, String[] elements, int idx, int depth) {
        if (idx == elements.length) {
            if (dir != null) {
                out.add(dir.toString());
            }
            return;
        }
        String element = elements[idx];
        boolean last = idx == elements.length - 1;
        if (element.equals("**")) {
            walk(dir, elements, idx + 1, depth);
            if (depth >= MAX_DEPTH) {
                return;
            }
            for (String name : names(dir)) {
                Path c = child(dir, name);
                if (Files.isDirectory(c)) {
                    walk(c, elements, idx, depth + 1);
                } else if (last) {
                    out.add(c.toString());
                }
            }
            return;
        }
        if (!GlobElement.hasMeta(element)) {
            Path c = child(dir, GlobElement.unescape(element));
            if (last) {
                if (Files.exists(c, LinkOption.NOFOLLOW_LINKS)) {
                    out.add(c.toString());
                }
            } else if (Files.isDirectory(c)) {
                walk(c, elements, idx + 1, depth);
            }
            return;
        }
        for (String name : names(dir)) {
            if (!GlobElement.matches(element, name)) {
                continue;
            }
            Path c = child(dir, name);
            if (last) {
                out.add(c.toString());
            } else if (Files.isDirectory(c)) {
                walk(c, elements, idx + 1, depth);
            }
        }
    }

    private static List<String> names(Path dir) {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(listable(dir))) {
            for (Path p : entries) {
                names.add(p.getFileName().toString());
            }
        } catch (IOException | SecurityException e) {
            return List.of();
        }
        Collections.sort(names);
        return names;
    }
}
