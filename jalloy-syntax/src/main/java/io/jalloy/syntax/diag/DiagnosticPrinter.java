package io.jalloy.syntax.diag;

import io.jalloy.syntax.token.Position;
import io.jalloy.syntax.token.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * Renders diagnostics for people exactly as Alloy's diagnostic printer does: a header line, then
 * the offending source lines with one line of context either side, line numbers, and carets (or
 * an underlined bracket for ranges spanning lines). Tabs print as four spaces. Stateless.
 */
public final class DiagnosticPrinter {
    private static final int TAB_WIDTH = 4;
    private static final int CONTEXT_BEFORE = 1;
    private static final int CONTEXT_AFTER = 1;

    private static final String RED_BOLD = "\u001b[31;1m";
    private static final String YELLOW_BOLD = "\u001b[33;1m";
    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";

    private DiagnosticPrinter() {}

    /**
     * The full rendering. {@code filesByName} finds a diagnostic's source by file name (it may return
     * null, and then only the header is printed); {@code color} adds terminal colours to the headers.
     */
    public static String render(Diagnostics diags, Function<String, SourceFile> filesByName, boolean color) {
        StringBuilder sb = new StringBuilder();
        List<Diagnostic> list = diags.list();
        for (int i = 0; i < list.size(); i++) {
            Diagnostic d = list.get(i);
            header(sb, d, color);
            Position start = d.start();
            Position end = d.end().isValid() ? d.end() : start;
            SourceFile file = filesByName == null ? null : filesByName.apply(start.filename());
            if (file != null && start.filename().equals(end.filename())) {
                range(sb, file, start, end);
            }
            if (i + 1 < list.size()) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** One {@code file:line:col: message} line per diagnostic. */
    public static String renderPlain(Diagnostics diags) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : diags.list()) {
            sb.append(d.start()).append(": ").append(d.message()).append('\n');
        }
        return sb.toString();
    }

    private static void header(StringBuilder sb, Diagnostic d, boolean color) {
        String label = d.severity().label() + ": ";
        if (color) {
            sb.append(d.severity() == Severity.ERROR ? RED_BOLD : YELLOW_BOLD).append(label).append(RESET);
            sb.append(BOLD).append(d.start()).append(": ").append(d.message()).append('\n').append(RESET);
            return;
        }
        sb.append(label).append(d.start()).append(": ").append(d.message()).append('\n');
    }

    private static void range(StringBuilder sb, SourceFile file, Position start, Position end) {
        sb.append('\n');
        String[] lines = new String(file.content(), StandardCharsets.UTF_8).split("\n", -1);
        int firstLine = Math.max(start.line() - CONTEXT_BEFORE, 1);
        int lastLine = Math.min(end.line() + CONTEXT_AFTER, lines.length);
        boolean multiline = end.line() - start.line() > 0;
        int width = Integer.toString(lastLine).length();

        for (int lineNum = firstLine; lineNum <= lastLine; lineNum++) {
            String line = lines[lineNum - 1];
            pad(sb, width, lineNum);
            sb.append(" | ");
            if (multiline) {
                // Column 0 keeps the first line of the range from showing the bar.
                sb.append(inRange(lineNum, 0, start, end) ? "| " : "  ");
            }
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == '\r') {
                    continue;
                }
                if (cp == '\t' || cp == 0x0B) {
                    repeat(sb, TAB_WIDTH, ' ');
                } else {
                    sb.appendCodePoint(cp);
                }
            }
            sb.append('\n');

            if (lineNum == start.line() || (multiline && lineNum == end.line())) {
                repeat(sb, width, ' ');
                if (multiline && lineNum == start.line()) {
                    sb.append(" |  _");
                } else if (multiline && lineNum == end.line()) {
                    sb.append(" | |_");
                } else {
                    sb.append(" | ");
                }
                focus(sb, line, lineNum, start, end);
                sb.append('\n');
            }
        }
    }

    /** Carets under the covered columns; columns count bytes, as positions do. */
    private static void focus(StringBuilder sb, String line, int lineNum, Position start, Position end) {
        char blank = end.line() - start.line() > 0 ? '_' : ' ';
        int byteIndex = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            int column = byteIndex + 1;
            byteIndex += utf8Length(cp);
            if (lineNum == end.line() && column > end.column()) {
                break;
            }
            if (cp == '\t' || cp == 0x0B) {
                repeat(sb, TAB_WIDTH, blank);
            } else if (inRange(lineNum, column, start, end)) {
                sb.append('^');
            } else {
                sb.append(blank);
            }
        }
    }

    private static int utf8Length(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
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

    private static void pad(StringBuilder sb, int width, int num) {
        String s = Integer.toString(num);
        repeat(sb, width - s.length(), ' ');
        sb.append(s);
    }

    private static void repeat(StringBuilder sb, int count, char c) {
        for (int i = 0; i < count; i++) {
            sb.append(c);
        }
    }
}
