package io.jalloy.syntax.stdlib.internal;

import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import java.util.ArrayList;
import java.util.List;

/** Literal ({@code |}) and folded ({@code >}) block scalars with chomping and indentation indicators. */
final class YamlBlockScalar {
    private YamlBlockScalar() {}

    /** Reads the block scalar whose indicator is at the cursor; {@code parent} is the enclosing indent. */
    static Value read(YamlCursor c, int parent) throws YamlReader.YamlException {
        int start = c.pos;
        boolean literal = c.cur() == '|';
        c.pos++;
        char chomp = ' ';
        int explicit = 0;
        for (int k = 0; k < 2; k++) {
            char ch = c.cur();
            if ((ch == '+' || ch == '-') && chomp == ' ') {
                chomp = ch;
                c.pos++;
            } else if (ch >= '1' && ch <= '9' && explicit == 0) {
                explicit = ch - '0';
                c.pos++;
            }
        }
        c.skipInlineSpace();
        if (c.cur() == '#') {
            c.skipRestOfLine();
        }
        if (!c.atEnd() && c.cur() != '\n') {
            throw c.scannerError(start, c.pos, "did not find expected comment or line break");
        }
        if (!c.atEnd()) {
            c.pos++;
        }
        int indent = explicit > 0 ? (parent >= 0 ? parent + explicit : explicit) : detectIndent(c, parent);
        List<String> lines = new ArrayList<>();
        while (!c.atEnd()) {
            int lineStart = c.pos;
            int spaces = 0;
            while (c.at(lineStart + spaces) == ' ') {
                spaces++;
            }
            int lineEnd = c.src.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = c.src.length();
            }
            boolean empty = lineStart + spaces == lineEnd;
            if (!empty && spaces < indent) {
                break;
            }
            lines.add(empty ? (spaces > indent ? c.src.substring(lineStart + indent, lineEnd) : "")
                    : c.src.substring(lineStart + indent, lineEnd));
            c.pos = lineEnd < c.src.length() ? lineEnd + 1 : lineEnd;
        }
        // Leave the cursor at the end of the last line read so the caller sees the next line.
        if (c.pos > 0 && c.at(c.pos - 1) == '\n') {
            c.pos--;
        }
        int last = lines.size();
        while (last > 0 && lines.get(last - 1).isEmpty()) {
            last--;
        }
        int trailing = lines.size() - last;
        StringBuilder sb = new StringBuilder();
        if (literal) {
            for (int i = 0; i < last; i++) {
                if (i > 0) {
                    sb.append('\n');
                }
                sb.append(lines.get(i));
            }
        } else {
            fold(sb, lines.subList(0, last));
        }
        switch (chomp) {
            case '-' -> { }
            case '+' -> {
                if (last > 0) {
                    sb.append('\n');
                }
                sb.append("\n".repeat(trailing));
            }
            default -> {
                if (last > 0) {
                    sb.append('\n');
                }
            }
        }
        return StringValue.of(sb.toString());
    }

    private static int detectIndent(YamlCursor c, int parent) {
        int maxEmpty = 0;
        int i = c.pos;
        while (i < c.src.length()) {
            int spaces = 0;
            while (c.at(i + spaces) == ' ') {
                spaces++;
            }
            char after = c.at(i + spaces);
            if (after != '\n' || i + spaces >= c.src.length()) {
                if (i + spaces < c.src.length() && after != '\n') {
                    return Math.max(Math.max(spaces, maxEmpty), Math.max(parent + 1, 1));
                }
                break;
            }
            maxEmpty = Math.max(maxEmpty, spaces);
            i += spaces + 1;
        }
        return Math.max(maxEmpty, Math.max(parent + 1, 1));
    }

    private static void fold(StringBuilder sb, List<String> lines) {
        boolean first = true;
        boolean prevMore = false;
        int empties = 0;
        for (String line : lines) {
            if (line.isEmpty()) {
                empties++;
                continue;
            }
            boolean more = line.charAt(0) == ' ' || line.charAt(0) == '\t';
            if (first) {
                sb.append("\n".repeat(empties));
            } else if (!more && !prevMore) {
                sb.append(empties == 0 ? " " : "\n".repeat(empties));
            } else {
                sb.append("\n".repeat(empties + 1));
            }
            sb.append(line);
            prevMore = more;
            empties = 0;
            first = false;
        }
    }
}
