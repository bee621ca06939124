package io.jalloy.loki.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * How far one endpoint has finished the WAL: every entry before frame {@code offset} of segment
 * {@code segment}, and the first {@code skip} entries of that frame, were delivered (or given up
 * on). Saved by the endpoint after each finished push with a write and an atomic rename, so that a
 * restart, even after {@code kill -9}, resends only what was not acknowledged.
 */
record WalCheckpoint(long segment, long offset, int skip) {
    /** Before anything: read every segment from its start. */
    static final WalCheckpoint START = new WalCheckpoint(-1, 0, 0);

    private static final String SUFFIX = ".checkpoint";

    /** Whether an entry at {@code index} of the frame at ({@code seg}, {@code frameOffset}) is already finished. */
    boolean covers(long seg, long frameOffset, int index) {
        return seg < segment || seg == segment && (frameOffset < offset || frameOffset == offset && index < skip);
    }

    /** The checkpoint file of the endpoint named {@code key} in the WAL directory {@code dir}. */
    static Path file(Path dir, String key) {
        return dir.resolve(key + SUFFIX);
    }

    /** The saved checkpoint, {@link #START} when there is none or it cannot be read. */
    static WalCheckpoint read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (NoSuchFileException e) {
            return START;
        } catch (IOException e) {
            return START;
        }
        String[] parts = text.split(" ");
        if (parts.length != 3) {
            return START; // resending everything is better than skipping anything
        }
        try {
            return new WalCheckpoint(Long.parseLong(parts[0]), Long.parseLong(parts[1]), Integer.parseInt(parts[2]));
        } catch (NumberFormatException e) {
            return START;
        }
    }

    /**
     * Saves this checkpoint: a temporary file renamed over the old one, so a reader sees the old or
     * the new text whole. Not forced to disk: it must survive the process, not the machine, like
     * the WAL's own appends.
     */
    void write(Path file) throws IOException {
        install(writeAhead(file), file);
    }

    /** Writes this checkpoint beside {@code file}, to be {@link #install}ed once it holds. */
    Path writeAhead(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, segment + " " + offset + " " + skip + "\n", StandardCharsets.US_ASCII);
        return tmp;
    }

    /** Renames a checkpoint written ahead over {@code file}: one step. */
    static void install(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
