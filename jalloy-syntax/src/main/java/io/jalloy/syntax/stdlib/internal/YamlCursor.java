package io.jalloy.syntax.stdlib.internal;

/**
 * A position in a YAML document with the scanning the parser shares: columns, blank lines,
 * comments, document markers, and the three scalar styles that read characters (quoted, plain,
 * block). Errors carry yaml.v3's "yaml: line N: ..." form.
 */
final class YamlCursor {
    final String src;
    int pos;

    YamlCursor(String src) {
        this.src = src;
    }

    boolean atEnd() {
        return pos >= src.length();
    }

    char cur() {
        return pos < src.length() ? src.charAt(pos) : '\0';
    }

    char at(int i) {
        return i < src.length() && i >= 0 ? src.charAt(i) : '\0';
    }

    boolean blankOrEnd(int i) {
        if (i >= src.length()) {
            return true;
        }
        char c = src.charAt(i);
        return c == ' ' || c == '\t' || c == '\n';
    }

    int col(int i) {
        int nl = src.lastIndexOf('\n', i - 1);
        return i - nl - 1;
    }

    int line(int i) {
        int n = 1;
        for (int k = 0; k < i && k < src.length(); k++) {
            if (src.charAt(k) == '\n') {
                n++;
            }
        }
        return n;
    }

    /** A scanner error at the cursor, its context being the same place. */
    YamlReader.YamlException error(String message) {
        return scannerError(pos, pos, message);
    }

    /**
     * An error of libyaml's scanner as yaml.v3 words it: the line is the context's (else the
     * problem's) zero-based line plus one, and a first-line failure names no line at all.
     */
    YamlReader.YamlException scannerError(int context, int problem, String message) {
        int line = line(context) - 1 != 0 ? line(context) : line(problem) - 1 != 0 ? line(problem) : 0;
        return located(line, message);
    }

    /**
     * An error of libyaml's parser as yaml.v3 words it: the context's (else the problem's)
     * zero-based line, which reads one less than the line people count.
     */
    YamlReader.YamlException parserError(int context, int problem, String message) {
        int line = line(context) - 1 != 0 ? line(context) - 1 : line(problem) - 1;
        return located(line, message);
    }

    private static YamlReader.YamlException located(int line, String message) {
        return new YamlReader.YamlException("yaml: " + (line != 0 ? "line " + line + ": " : "") + message);
    }

    void skipInlineSpace() {
        while (pos < src.length() && (src.charAt(pos) == ' ' || src.charAt(pos) == '\t')) {
            pos++;
        }
    }

    /** True at a comment, a line end or the end of input (after inline spaces). */
    boolean atLineEnd() {
        return atEnd() || cur() == '\n' || cur() == '#';
    }

    void skipRestOfLine() {
        while (pos < src.length() && src.charAt(pos) != '\n') {
            pos++;
        }
    }

    boolean isDocMarker(int i) {
        return col(i) == 0 && (src.startsWith("---", i) || src.startsWith("...", i)) && blankOrEnd(i + 3);
    }

    /**
     * Moves to the next content character, past spaces, line ends and comments. Returns false at
     * the end of input or at a document marker.
     */
    boolean skipToContent() throws YamlReader.YamlException {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\n') {
                pos++;
            } else if (c == '\t') {
                int lineStart = src.lastIndexOf('\n', pos - 1) + 1;
                if (src.substring(lineStart, pos).isBlank()) {
                    int e = pos;
                    while (e < src.length() && (src.charAt(e) == ' ' || src.charAt(e) == '\t')) {
                        e++;
                    }
                    if (e < src.length() && src.charAt(e) != '\n' && src.charAt(e) != '#') {
                        throw error("found character that cannot start any token");
                    }
                }
                pos++;
            } else if (c == '#') {
                skipRestOfLine();
            } else {
                return !isDocMarker(pos);
            }
        }
        return false;
    }

    /** A double-quoted scalar; pos is on the opening quote. */
    String doubleQuoted() throws YamlReader.YamlException {
        int start = pos;
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (atEnd()) {
                throw scannerError(start, pos, "found unexpected end of stream");
            }
            char c = src.charAt(pos);
            if (c == '"') {
                pos++;
                return sb.toString();
            }
            if (c == '\\') {
                pos++;
                char e = cur();
                switch (e) {
                    case '0' -> sb.append('\0');
                    case 'a' -> sb.append('\u0007');
                    case 'b' -> sb.append('\b');
                    case 't', '\t' -> sb.append('\t');
                    case 'n' -> sb.append('\n');
                    case 'v' -> sb.append('\u000b');
                    case 'f' -> sb.append('\f');
                    case 'r' -> sb.append('\r');
                    case 'e' -> sb.append('\u001b');
                    case ' ' -> sb.append(' ');
                    case '"' -> sb.append('"');
                    case '/' -> sb.append('/');
                    case '\\' -> sb.append('\\');
                    case 'N' -> sb.append('\u0085');
                    case '_' -> sb.append('\u00a0');
                    case 'L' -> sb.append('\u2028');
                    case 'P' -> sb.append('\u2029');
                    case 'x' -> sb.appendCodePoint(hex(2));
                    case 'u' -> sb.appendCodePoint(hex(4));
                    case 'U' -> sb.appendCodePoint(hex(8));
                    case '\n' -> {
                        sb.append("\n".repeat(skipBreaks()));
                        continue;
                    }
                    default -> throw scannerError(start, pos, "found unknown escape character while parsing a quoted scalar");
                }
                pos++;
                continue;
            }
            if (c == '\n') {
                fold(sb);
                continue;
            }
            sb.append(c);
            pos++;
        }
    }

    private int hex(int n) throws YamlReader.YamlException {
        int v = 0;
        for (int i = 0; i < n; i++) {
            pos++;
            int d = Character.digit(cur(), 16);
            if (d < 0) {
                throw scannerError(pos, pos, "did not find expected hexdecimal number");
            }
            v = v * 16 + d;
        }
        return v > Character.MAX_CODE_POINT || (v >= 0xD800 && v <= 0xDFFF) ? 0xFFFD : v;
    }

    /** A single-quoted scalar; pos is on the opening quote. */
    String singleQuoted() throws YamlReader.YamlException {
        int start = pos;
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (atEnd()) {
                throw scannerError(start, pos, "found unexpected end of stream");
            }
            char c = src.charAt(pos);
            if (c == '\'') {
                if (at(pos + 1) == '\'') {
                    sb.append('\'');
                    pos += 2;
                    continue;
                }
                pos++;
                return sb.toString();
            }
            if (c == '\n') {
                fold(sb);
                continue;
            }
            sb.append(c);
            pos++;
        }
    }

    /** Folds a line break inside a quoted scalar: one break is a space, n+1 breaks are n newlines. */
    private void fold(StringBuilder sb) {
        int end = sb.length();
        while (end > 0 && (sb.charAt(end - 1) == ' ' || sb.charAt(end - 1) == '\t')) {
            end--;
        }
        sb.setLength(end);
        int breaks = skipBreaks();
        sb.append(breaks == 0 ? " " : "\n".repeat(breaks));
    }

    /** From a line break: skips it and any blank lines with their indentation; returns the blank lines. */
    private int skipBreaks() {
        pos++;
        skipInlineSpace();
        int breaks = 0;
        while (cur() == '\n') {
            breaks++;
            pos++;
            skipInlineSpace();
        }
        return breaks;
    }

    /** An anchor, alias or tag at the cursor: its indicator character and name, up to a blank or indicator. */
    String property() {
        int start = pos++;
        while (!blankOrEnd(pos) && !isFlowIndicator(cur())) {
            pos++;
        }
        return src.substring(start, pos);
    }

    static boolean isFlowIndicator(char c) {
        return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
    }

    /** One line of a plain scalar, trimmed; stops at ": ", " #", a line end, and in flow at indicators. */
    String plainLine(boolean flow) {
        int start = pos;
        int end = pos;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n') {
                break;
            }
            if (c == ':' && (blankOrEnd(pos + 1) || (flow && isFlowIndicator(at(pos + 1))))) {
                break;
            }
            if (c == '#' && pos > start && (src.charAt(pos - 1) == ' ' || src.charAt(pos - 1) == '\t')) {
                break;
            }
            if (flow && isFlowIndicator(c)) {
                break;
            }
            pos++;
            if (c != ' ' && c != '\t') {
                end = pos;
            }
        }
        pos = end;
        return src.substring(start, end);
    }
}
