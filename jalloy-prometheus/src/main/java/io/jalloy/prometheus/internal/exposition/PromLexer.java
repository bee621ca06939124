package io.jalloy.prometheus.internal.exposition;

/**
 * Tokenizer of the Prometheus text format (0.0.4 and 1.0.0), a hand-written state machine that
 * follows the token rules of Prometheus's promlex so that error positions and texts line up. Like
 * Prometheus it sees the input with one extra trailing newline, here virtual (no copy). NUL bytes
 * never match a character class except inside label values, HELP texts and comments, where they
 * are skipped.
 */
final class PromLexer {
    static final int S_INIT = 0;
    static final int S_COMMENT = 1;
    static final int S_META1 = 2;
    static final int S_META2 = 3;
    static final int S_LABELS = 4;
    static final int S_LVALUE = 5;
    static final int S_VALUE = 6;
    static final int S_TIMESTAMP = 7;

    byte[] b;
    /** Index of the virtual newline; {@code end + 1} is the logical length. */
    int end;
    int i;
    int start;
    int state;

    void reset(byte[] b, int off, int len) {
        this.b = b;
        this.end = off + len;
        this.i = off;
        this.start = off;
        this.state = S_INIT;
    }

    int at(int k) {
        return k < end ? b[k] & 0xFF : '\n';
    }

    int length() {
        return end + 1;
    }

    private boolean skipsNul() {
        return state == S_LVALUE || state == S_META2 || state == S_COMMENT;
    }

    /** Advances one byte (skipping NULs where allowed) and returns the new current byte, -1 at end. */
    private int next() {
        i++;
        if (i >= end + 1) {
            return -1;
        }
        while (at(i) == 0 && skipsNul()) {
            i++;
            if (i >= end + 1) {
                return -1;
            }
        }
        return at(i);
    }

    private int cur() {
        return i >= end + 1 ? -1 : at(i);
    }

    int lex() {
        if (i >= end + 1) {
            return Token.EOF;
        }
        start = i;
        int c = at(i);
        if (c == ' ' || c == '\t') {
            if (state == S_META2 && !restIsBlank()) {
                return text();
            }
            while (c == ' ' || c == '\t') {
                c = next();
            }
            return Token.WHITESPACE;
        }
        switch (state) {
            case S_INIT -> {
                if (c == 0) {
                    return Token.EOF;
                }
                if (c == '\n') {
                    i++;
                    return Token.LINEBREAK;
                }
                if (c == '#') {
                    c = next();
                    if (c != ' ' && c != '\t') {
                        return comment();
                    }
                    while (c == ' ' || c == '\t') {
                        c = next();
                    }
                    state = S_COMMENT;
                    return metaKeyword();
                }
                if (Token.isMetricStart(c)) {
                    name();
                    state = S_VALUE;
                    return Token.MNAME;
                }
                if (c == '{') {
                    i++;
                    state = S_LABELS;
                    return Token.BRACE_OPEN;
                }
                return Token.INVALID;
            }
            case S_META1 -> {
                if (c == '"') {
                    if (!quoted(true)) {
                        return Token.INVALID;
                    }
                    state = S_META2;
                    return Token.MNAME;
                }
                if (Token.isMetricStart(c)) {
                    name();
                    state = S_META2;
                    return Token.MNAME;
                }
                return Token.INVALID;
            }
            case S_META2 -> {
                return text();
            }
            case S_LABELS -> {
                if (Token.isLabelStart(c)) {
                    do {
                        c = next();
                    } while (c >= 0 && Token.isLabelPart(c));
                    return Token.LNAME;
                }
                switch (c) {
                    case '"' -> {
                        return quoted(true) ? Token.QSTRING : Token.INVALID;
                    }
                    case '}' -> {
                        i++;
                        state = S_VALUE;
                        return Token.BRACE_CLOSE;
                    }
                    case '=' -> {
                        i++;
                        state = S_LVALUE;
                        return Token.EQUAL;
                    }
                    case ',' -> {
                        i++;
                        return Token.COMMA;
                    }
                    default -> {
                        return Token.INVALID;
                    }
                }
            }
            case S_LVALUE -> {
                if (c == '"' && quoted(true)) {
                    state = S_LABELS;
                    return Token.LVALUE;
                }
                return Token.INVALID;
            }
            case S_VALUE -> {
                if (c == '{') {
                    i++;
                    state = S_LABELS;
                    return Token.BRACE_OPEN;
                }
                if (c == 0 || c == '\n') {
                    return Token.INVALID;
                }
                do {
                    c = next();
                } while (c > 0 && c != '{' && c != ' ' && c != '\t' && c != '\n');
                state = S_TIMESTAMP;
                return Token.VALUE;
            }
            case S_TIMESTAMP -> {
                if (c >= '0' && c <= '9') {
                    do {
                        c = next();
                    } while (c >= '0' && c <= '9');
                    return Token.TIMESTAMP;
                }
                if (c == '\n') {
                    i++;
                    state = S_INIT;
                    return Token.LINEBREAK;
                }
                return Token.INVALID;
            }
            default -> {
                return Token.INVALID;
            }
        }
    }

    /** After "#" and blanks: HELP or TYPE followed by blanks, else the line is a plain comment. */
    private int metaKeyword() {
        int kind = 0;
        if (matches("HELP")) {
            kind = Token.HELP;
        } else if (matches("TYPE")) {
            kind = Token.TYPE;
        }
        if (kind != 0) {
            int c = at(i + 4);
            if (i + 4 < end + 1 && (c == ' ' || c == '\t')) {
                i += 4;
                while (c == ' ' || c == '\t') {
                    c = next();
                }
                state = S_META1;
                return kind;
            }
        }
        return comment();
    }

    private boolean matches(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (i + k >= end + 1 || at(i + k) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private int comment() {
        for (int c = cur(); ; c = next()) {
            if (c < 0 || (c == 0 && !skipsNul())) {
                return Token.EOF;
            }
            if (c == '\n') {
                state = S_INIT;
                return Token.COMMENT;
            }
        }
    }

    private int text() {
        int c = cur();
        while (c >= 0 && c != '\n') {
            if (c == 0) {
                break;
            }
            c = next();
        }
        state = S_INIT;
        return Token.TEXT;
    }

    private boolean restIsBlank() {
        for (int k = i; k < end + 1; k++) {
            int c = at(k);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private void name() {
        if (!skipsNul()) { // fast path: straight over the array (a NUL ends the name, as at() would)
            byte[] a = b;
            int k = i + 1;
            int e = end;
            while (k < e && Token.isMetricPart(a[k] & 0xFF)) {
                k++;
            }
            i = k;
            return;
        }
        int c;
        do {
            c = next();
        } while (c >= 0 && Token.isMetricPart(c));
    }

    /** Scans {@code "(\\.|[^\\"])*"}; on failure {@code i} is left on the offending byte. */
    private boolean quoted(boolean newlineAllowed) {
        // Fast path over plain bytes to the closing quote; escapes, NULs and newlines take the loop below.
        byte[] a = b;
        int k = i + 1;
        int e = end;
        while (k < e) {
            byte x = a[k];
            if (x == '"') {
                i = k + 1;
                return true;
            }
            if (x == '\\' || x == 0 || x == '\n') {
                break;
            }
            k++;
        }
        i = k - 1;
        int c = next();
        while (true) {
            if (c < 0 || (c == 0 && !skipsNul())) {
                return false;
            }
            if (c == '"') {
                i++;
                return true;
            }
            if (c == '\\') {
                c = next();
                if (c <= 0 || c == '\n') {
                    return false;
                }
            } else if (c == '\n' && !newlineAllowed) {
                return false;
            }
            c = next();
        }
    }
}
