package io.jalloy.syntax.token;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of one source file with its line table, turning the byte offsets that AST nodes
 * store into {@link Position}s. Immutable after construction; safe to share between threads.
 */
public final class SourceFile {
    /** The offset used for "no position". */
    public static final int NO_POS = -1;

    private final String name;
    private final byte[] content;
    private final int[] lineStarts;

    private SourceFile(String name, byte[] content) {
        this.name = name;
        this.content = content;
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < content.length; i++) {
            if (content[i] == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /** A source file from UTF-8 bytes; the array is not copied and must not change afterwards. */
    public static SourceFile of(String name, byte[] utf8) {
        return new SourceFile(name, utf8);
    }

    /** A source file from text, encoded as UTF-8. */
    public static SourceFile of(String name, String text) {
        return new SourceFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public String name() {
        return name;
    }

    /** The file's bytes (not a copy: do not modify). */
    public byte[] content() {
        return content;
    }

    /** The text between two byte offsets, decoded from UTF-8. */
    public String text(int start, int end) {
        return new String(content, start, end - start, StandardCharsets.UTF_8);
    }

    /** Resolves a byte offset; {@link #NO_POS} (or any negative offset) gives an invalid position. */
    public Position position(int offset) {
        if (offset < 0) {
            return new Position(name, -1, 0, 0);
        }
        int lo = lineIndex(offset);
        return new Position(name, offset, lo + 1, offset - lineStarts[lo] + 1);
    }

    /** The 1-based line of an offset (0 for a negative offset); allocation-free for hot callers. */
    public int line(int offset) {
        return offset < 0 ? 0 : lineIndex(offset) + 1;
    }

    private int lineIndex(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The bytes of a 1-based line without its newline, for rendering diagnostics. */
    public String lineText(int line) {
        if (line < 1 || line > lineStarts.length) {
            return "";
        }
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : content.length;
        if (end > start && content[end - 1] == '\r') {
            end--;
        }
        return text(start, Math.max(start, end));
    }

    /** How many lines the file has (a final line without a newline counts; an empty file has one). */
    public int lineCount() {
        return lineStarts.length;
    }

    /** The offset where a 1-based line starts, for callers that search lines themselves. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }
}
