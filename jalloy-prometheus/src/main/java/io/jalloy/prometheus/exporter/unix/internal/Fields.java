package io.jalloy.prometheus.exporter.unix.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small readers for /proc and /sys files. */
final class Fields {
    private Fields() {}

    static List<String> lines(Path p) throws IOException {
        return Files.readAllLines(p, StandardCharsets.UTF_8);
    }

    /** The file's content without the trailing newline. */
    static String text(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8).strip();
    }

    /** The file's trimmed content, or {@code fallback} when it cannot be read. */
    static String textOr(Path p, String fallback) {
        try {
            return text(p);
        } catch (IOException | RuntimeException e) {
            return fallback;
        }
    }

    /** Whitespace-separated fields of a line, without regex. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(line.substring(start, i));
            }
        }
        return out;
    }
}
