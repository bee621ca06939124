package io.jalloy.remote.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;

/**
 * The last content a remote source served successfully, kept in the component's data path so a
 * restart while the source is down can still export something. Only non-secret content is ever
 * written: callers must not pass secret content (see {@link PolledContent}).
 *
 * <p>Touched only from the component's run and update threads, one at a time.
 */
public final class LastGoodCopy {
    /** The file name inside the data path. */
    static final String FILE_NAME = "last-good-copy";

    private final Path file;

    private LastGoodCopy(Path file) {
        this.file = file;
    }

    /** A copy kept in {@code dataPath}; {@code null} means there is nowhere to keep one. */
    public static LastGoodCopy in(Path dataPath) {
        return new LastGoodCopy(dataPath == null ? null : dataPath.resolve(FILE_NAME));
    }

    /** A copy that is never kept, for components run without a data path. */
    public static LastGoodCopy none() {
        return new LastGoodCopy(null);
    }

    /** A saved copy with the time it was written. */
    public record Saved(String content, Instant savedAt) {}

    /** The saved copy, if any can be read. */
    public Optional<Saved> load() {
        if (file == null) {
            return Optional.empty();
        }
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            return Optional.of(new Saved(content, Files.getLastModifiedTime(file).toInstant()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Replaces the saved copy. A reader never sees a half-written file: the content goes to a
     * temporary file that is then moved over the copy.
     */
    public void save(String content) throws IOException {
        if (file == null) {
            return;
        }
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
        Files.writeString(temporary, content, StandardCharsets.UTF_8);
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes the saved copy, for example when the source became secret. */
    public void delete() throws IOException {
        if (file == null) {
            return;
        }
        try {
            Files.delete(file);
        } catch (NoSuchFileException e) {
            // Nothing was saved.
        }
    }
}
