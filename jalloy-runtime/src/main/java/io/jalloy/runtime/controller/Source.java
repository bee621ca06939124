package io.jalloy.runtime.controller;

import io.jalloy.syntax.token.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of one config, ordered by name as Alloy orders them: a single file, or every
 * {@code *.alloy} file directly inside a directory (not recursive). Diagnostics name each file as
 * it is named here. Immutable; the byte arrays must not change after construction.
 */
public final class Source {
    private final List<SourceFile> files;
    private final String modulePath;

    private Source(List<SourceFile> files, String modulePath) {
        this.files = List.copyOf(files);
        this.modulePath = modulePath;
    }

    private Source(List<SourceFile> files) {
        this(files, "");
    }

    /** Files by name; they are read in name order whatever the map's order. */
    public static Source of(Map<String, byte[]> contents) {
        List<SourceFile> files = new ArrayList<>();
        new TreeMap<>(contents).forEach((name, bytes) -> files.add(SourceFile.of(name, bytes)));
        return new Source(files);
    }

    /** One file given as text. */
    public static Source of(String name, String text) {
        return new Source(List.of(SourceFile.of(name, text)));
    }

    /**
     * A file, or the {@code *.alloy} files of a directory. Names are the paths as given joined
     * with the file names, as {@code alloy run DIR} prints them.
     */
    public static Source read(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            Path parent = path.getParent();
            return new Source(List.of(SourceFile.of(path.toString(), Files.readAllBytes(path))),
                    parent == null ? "." : parent.toString());
        }
        Map<String, byte[]> contents = new LinkedHashMap<>();
        try (Stream<Path> entries = Files.list(path)) {
            for (Path p : entries.filter(p -> p.getFileName().toString().endsWith(".alloy") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
                contents.put(p.toString(), Files.readAllBytes(p));
            }
        }
        return new Source(of(contents).files, path.toString());
    }

    /**
     * The {@code module_path} of this config: the directory of a file read from disk, the directory
     * itself for a directory, {@code ""} for in-memory text.
     */
    public String modulePath() {
        return modulePath;
    }

    /** The files in the order they are read. */
    public List<SourceFile> files() {
        return files;
    }

    /** The file named {@code name}, or null: what the diagnostic printer needs to show context. */
    public SourceFile file(String name) {
        for (SourceFile f : files) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }

    /** File contents by name, for printing diagnostics with context. */
    public Map<String, byte[]> contents() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (SourceFile f : files) {
            m.put(f.name(), f.content());
        }
        return m;
    }
}
