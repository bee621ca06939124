package io.jalloy.local.file;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the watched file, describing failures the way Go's {@code os.ReadFile} does. */
final class FileReads {
    private FileReads() {}

    /** The file's content, or an IOException whose message reads like Go's. */
    static String read(String filename) throws IOException {
        Path path = Path.of(filename);
        try {
            if (Files.isDirectory(path)) {
                throw new IOException("read " + filename + ": is a directory");
            }
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IOException("open " + filename + ": no such file or directory", e);
        } catch (AccessDeniedException e) {
            throw new IOException("open " + filename + ": permission denied", e);
        } catch (java.nio.charset.MalformedInputException e) {
            // Go does not check encodings; keep the bytes' best-effort decoding instead of failing.
            return new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
        }
    }
}
