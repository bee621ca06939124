package io.jalloy.remote.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The last content a remote source served successfully, kept in the component's data path so a
 * restart while the source is down can still export something. Only non-secret content is ever
 * written: callers must not pass secret content (see {@link PolledContent}). The copy remembers a
 * hash of its source (URL, object path), so a component pointed elsewhere never exports content
 * of its former source; the hash keeps tokens in a URL out of the file.
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

    /** The copy saved for {@code source}, if there is one and it can be read. */
    public Optional<Saved> load(String source) {
        if (file == null) {
            return Optional.empty();
        }
        try {
            String stored = Files.readString(file, StandardCharsets.UTF_8);
            String header = fingerprint(source) + "\n";
            if (!stored.startsWith(header)) {
                return Optional.empty();
            }
            return Optional.of(new Saved(stored.substring(header.length()), Files.getLastModifiedTime(file).toInstant()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Replaces the saved copy with {@code content} served by {@code source}. A reader never sees a half-written file: the content goes to a
     * temporary file that is then moved over the copy.
     */
    public void save(String source, String content) throws IOException {
        if (file == null) {
            return;
        }
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
        Files.writeString(temporary, fingerprint(source) + "\n" + content, StandardCharsets.UTF_8);
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String fingerprint(String source) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
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
