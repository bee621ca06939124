package io.jalloy.runtime.controller;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Go's txtar format: a comment, then files each introduced by a {@code -- NAME --} line.
 * A file's data is everything up to the next marker; the last file gains a final newline when the
 * archive lacks one, as Go's reader does.
 */
record Txtar(String comment, List<Entry> files) {

    /** One file of an archive. */
    record Entry(String name, byte[] data) {}

    static Txtar parse(byte[] archive) {
        String text = new String(archive, StandardCharsets.UTF_8);
        List<Entry> files = new ArrayList<>();
        Marker m = next(text, 0);
        String comment = fixNewline(text.substring(0, m.start()), m.name() == null);
        while (m.name() != null) {
            Marker following = next(text, m.after());
            String data = fixNewline(text.substring(m.after(), following.start()), following.name() == null);
            files.add(new Entry(m.name(), data.getBytes(StandardCharsets.UTF_8)));
            m = following;
        }
        return new Txtar(comment, List.copyOf(files));
    }

    /** The comment trimmed, which names the test case. */
    String title() {
        return comment.strip();
    }

    private record Marker(int start, String name, int after) {}

    /** The first marker line at or after {@code from}; name null (start = end of text) when none. */
    private static Marker next(String text, int from) {
        int lineStart = from;
        while (lineStart < text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(lineStart, lineEnd);
            if (line.startsWith("-- ") && line.endsWith(" --") && line.length() >= 6) {
                String name = line.substring(3, line.length() - 3).strip();
                if (!name.isEmpty()) {
                    return new Marker(lineStart, name, nl < 0 ? text.length() : nl + 1);
                }
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return new Marker(text.length(), null, text.length());
    }

    private static String fixNewline(String data, boolean last) {
        return last && !data.isEmpty() && !data.endsWith("\n") ? data + "\n" : data;
    }
}
