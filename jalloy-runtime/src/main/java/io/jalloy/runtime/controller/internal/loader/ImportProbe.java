package io.jalloy.runtime.controller.internal.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One thing an import's watcher polls: a file or directory, an HTTP resource, a git checkout. A
 * probe's signature changes when what it stands for changes; null means "could not tell now" and
 * never counts as a change, so a failing poll keeps the module that was last read, as Alloy does.
 * Called on the watcher's virtual thread.
 */
interface ImportProbe {
    String signature();

    /** A probe of a file, or of the regular files of a directory. */
    static ImportProbe file(Path path) {
        return () -> fileSignature(path);
    }

    private static String fileSignature(Path p) {
        StringBuilder sb = new StringBuilder().append(p).append('|');
        try {
            if (Files.isDirectory(p)) {
                List<Path> files;
                try (Stream<Path> s = Files.list(p)) {
                    files = new ArrayList<>(s.filter(Files::isRegularFile).sorted().toList());
                }
                for (Path f : files) {
                    sb.append(f.getFileName()).append('=');
                    one(sb, f);
                    sb.append(';');
                }
            } else {
                one(sb, p);
            }
        } catch (IOException e) {
            sb.append("error");
        }
        return sb.toString();
    }

    private static void one(StringBuilder sb, Path p) throws IOException {
        if (!Files.exists(p)) {
            sb.append("missing");
            return;
        }
        sb.append(Files.size(p)).append(':').append(Files.getLastModifiedTime(p).toMillis())
                .append(':').append(Files.readString(p).hashCode());
    }
}
