package io.jalloy.runtime.controller;

import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.token.Position;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prints diagnostics the way {@code alloy validate} and {@code alloy run} do without colour: a
 * header line, then the offending lines with one line of context either side, a margin of line
 * numbers, and carets under the range (a bracket down the margin for ranges over several lines).
 * Tabs print as four spaces. Columns are bytes, as in every {@link Position}.
 */
public final class DiagnosticPrinter {
    private static final int TAB_WIDTH = 4;
    private static final int CONTEXT_BEFORE = 1;
    private static final int CONTEXT_AFTER = 1;

    private DiagnosticPrinter() {}

    /**
     * The rendering of {@code diagnostics}; {@code files} gives file contents by name for the
     * context lines (a diagnostic whose file is absent prints its header only).
     */
    public static String render(List<Diagnostic> diagnostics, Map<String, byte[]> files) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < diagnostics.size(); i++) {
            Diagnostic d = diagnostics.get(i);
            out.append(d.severity().label()).append(": ").append(d.start()).append(": ").append(d.message()).append('\n');
            Position start = d.start();
            Position end = d.end().isValid() ? d.end() : start;
            byte[] content = files.get(start.filename());
            if (content != null && start.isValid() && start.filename().equals(end.filename())) {
                range(out, content, start, end);
            }
            if (i + 1 < diagnostics.size()) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static void range(StringBuilder out, byte[] content, Position start, Position end) {
        out.append('\n');
        List<byte[]> lines = lines(content);
        int first = Math.max(start.line() - CONTEXT_BEFORE, 1);
        int last = Math.min(end.line() + CONTEXT_AFTER, lines.size());
        boolean multiline = end.line() > start.line();
        int width = Integer.toString(last).length();
        for (int lineNum = first; lineNum <= last; lineNum++) {
            String text = new String(lines.get(lineNum - 1), StandardCharsets.UTF_8);
            pad(out, width, lineNum);
            out.append(" | ");
            if (multiline) {
                out.append(inRange(lineNum, 0, start, end) ? "| " : "  ");
            }
            text.codePoints().forEach(cp -> {
                if (cp == '\t' || cp == 0x0b) {
                    out.repeat(' ', TAB_WIDTH);
                } else if (cp != '\r') {
                    out.appendCodePoint(cp);
                }
            });
            out.append('\n');
            if (lineNum == start.line() || (multiline && lineNum == end.line())) {
                out.repeat(' ', width);
                if (multiline && lineNum == start.line()) {
                    out.append(" |  _");
                } else if (multiline) {
                    out.append(" | |_");
                } else {
                    out.append(" | ");
                }
                focus(out, lines.get(lineNum - 1), lineNum, start, end, multiline);
                out.append('\n');
            }
        }
    }

    /** The caret line under one source line; walks code points but counts columns in bytes. */
    private static void focus(StringBuilder out, byte[] line, int lineNum, Position start, Position end,
                              boolean multiline) {
        char blank = multiline ? '_' : ' ';
        String text = new String(line, StandardCharsets.UTF_8);
        int byteIndex = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int column = byteIndex + 1;
            if (lineNum == end.line() && column > end.column()) {
                break;
            }
            if (cp == '\t' || cp == 0x0b) {
                out.repeat(blank, TAB_WIDTH);
            } else if (inRange(lineNum, column, start, end)) {
                out.append('^');
            } else {
                out.append(blank);
            }
            i += Character.charCount(cp);
            byteIndex += utf8Length(cp);
        }
    }

    private static boolean inRange(int line, int col, Position start, Position end) {
        if (line < start.line() || line > end.line()) {
            return false;
        }
        if (line == start.line()) {
            return col >= start.column();
        }
        if (line == end.line()) {
            return col <= end.column();
        }
        return true;
    }

    /** Lines split on '\n', keeping a last empty line after a final newline (as Go's strings.Split). */
    private static List<byte[]> lines(byte[] content) {
        List<byte[]> lines = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= content.length; i++) {
            if (i == content.length || content[i] == '\n') {
                byte[] line = new byte[i - from];
                System.arraycopy(content, from, line, 0, line.length);
                lines.add(line);
                from = i + 1;
            }
        }
        return lines;
    }

    private static void pad(StringBuilder out, int width, int number) {
        String s = Integer.toString(number);
        out.repeat(' ', width - s.length()).append(s);
    }

    private static int utf8Length(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
}
