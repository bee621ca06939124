package io.jalloy.prometheus.internal.exposition;

/**
 * Tokenizer of OpenMetrics 1.0 text following the token rules of Prometheus's openmetricslex:
 * single spaces are part of the value, timestamp and text tokens, and there is no whitespace
 * token, which is what makes OpenMetrics stricter than the Prometheus text format. NUL bytes are
 * skipped inside label values, HELP texts and comments only.
 */
final class OpenMetricsLexer {
    static final int S_INIT = 0;
    static final int S_COMMENT = 1;
    static final int S_META1 = 2;
    static final int S_META2 = 3;
    static final int S_LABELS = 4;
    static final int S_LVALUE = 5;
    static final int S_VALUE = 6;
    static final int S_TIMESTAMP = 7;
    static final int S_EXEMPLAR = 8;
    static final int S_EVALUE = 9;
    static final int S_ETIMESTAMP = 10;

    byte[] b;
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

    private boolean skipsNul() {
        return state == S_LVALUE || state == S_META2 || state == S_COMMENT;
    }

    private int next() {
        i++;
        if (i >= end) {
            return -1;
        }
        while (b[i] == 0 && skipsNul()) {
            i++;
            if (i >= end) {
                return -1;
            }
        }
        return b[i] & 0xFF;
    }

    private int cur() {
        return i >= end ? -1 : b[i] & 0xFF;
    }

    int lex() {
        if (i >= end) {
            return Token.EOF;
        }
        start = i;
        int c = b[i] & 0xFF;
        switch (state) {
            case S_INIT -> {
                if (c == '#') {
                    if (next() != ' ') {
                        return Token.INVALID;
                    }
                    next();
                    state = S_COMMENT;
                    return commentKeyword();
                }
                if (Token.isMetricStart(c)) {
                    do {
                        c = next();
                    } while (c >= 0 && Token.isMetricPart(c));
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
                    do {
                        c = next();
                    } while (c >= 0 && Token.isMetricPart(c));
                    state = S_META2;
                    return Token.MNAME;
                }
                return Token.INVALID;
            }
            case S_META2 -> {
                if (c != ' ') {
                    return Token.INVALID;
                }
                c = next();
                while (c > 0 && c != '\n') {
                    c = next();
                }
                if (c != '\n') {
                    return Token.INVALID;
                }
                i++;
                state = S_INIT;
                return Token.TEXT;
            }
            case S_LABELS, S_EXEMPLAR -> {
                return labelToken(c);
            }
            case S_LVALUE, S_EVALUE -> {
                if (c == '"') {
                    int back = state;
                    if (!quoted(false)) {
                        return Token.INVALID;
                    }
                    state = back == S_LVALUE ? S_LABELS : S_EXEMPLAR;
                    return Token.LVALUE;
                }
                if (state == S_EVALUE && c == ' ' && spaced()) {
                    state = S_ETIMESTAMP;
                    return Token.VALUE;
                }
                return Token.INVALID;
            }
            case S_VALUE -> {
                if (c == '{') {
                    i++;
                    state = S_LABELS;
                    return Token.BRACE_OPEN;
                }
                if (c == ' ' && spaced()) {
                    state = S_TIMESTAMP;
                    return Token.VALUE;
                }
                return Token.INVALID;
            }
            case S_TIMESTAMP -> {
                if (c == '\n') {
                    i++;
                    state = S_INIT;
                    return Token.LINEBREAK;
                }
                if (c == ' ') {
                    // " # {" starts an exemplar; it beats the two-byte timestamp " #".
                    if (i + 3 < end && b[i + 1] == '#' && b[i + 2] == ' ' && b[i + 3] == '{') {
                        i += 4;
                        state = S_EXEMPLAR;
                        return Token.COMMENT;
                    }
                    if (spaced()) {
                        return Token.TIMESTAMP;
                    }
                }
                return Token.INVALID;
            }
            case S_ETIMESTAMP -> {
                if (c == '\n') {
                    i++;
                    state = S_INIT;
                    return Token.LINEBREAK;
                }
                if (c == ' ' && spaced()) {
                    return Token.TIMESTAMP;
                }
                return Token.INVALID;
            }
            default -> {
                return Token.INVALID;
            }
        }
    }

    /** After "# ": HELP, TYPE or UNIT and a space, or EOF with an optional newline. */
    private int commentKeyword() {
        int kind = 0;
        if (word("HELP ")) {
            kind = Token.HELP;
        } else if (word("TYPE ")) {
            kind = Token.TYPE;
        } else if (word("UNIT ")) {
            kind = Token.UNIT;
        }
        if (kind != 0) {
            i += 5;
            state = S_META1;
            return kind;
        }
        if (word("EOF")) {
            i += 3;
            if (i < end && b[i] == '\n') {
                i++;
            }
            state = S_INIT;
            return Token.EOF_WORD;
        }
        // Consume the longest prefix of a keyword so the error shows what was read, as golex does.
        while (i < end && keywordPrefix()) {
            next();
        }
        return Token.INVALID;
    }

    private boolean keywordPrefix() {
        int n = i - start - 2;
        for (String w : new String[] {"HELP ", "TYPE ", "UNIT ", "EOF"}) {
            if (n < w.length() && b[i] == w.charAt(n) && prefixMatches(w, n)) {
                return true;
            }
        }
        return false;
    }

    private boolean prefixMatches(String w, int n) {
        for (int k = 0; k < n; k++) {
            if (b[start + 2 + k] != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private boolean word(String w) {
        if (i + w.length() > end) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            if (b[i + k] != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private int labelToken(int c) {
        if (Token.isLabelStart(c)) {
            do {
                c = next();
            } while (c >= 0 && Token.isLabelPart(c));
            return Token.LNAME;
        }
        boolean exemplar = state == S_EXEMPLAR;
        switch (c) {
            case '"' -> {
                return quoted(!exemplar) ? Token.QSTRING : Token.INVALID;
            }
            case '}' -> {
                i++;
                state = exemplar ? S_EVALUE : S_VALUE;
                return Token.BRACE_CLOSE;
            }
            case '=' -> {
                i++;
                state = exemplar ? S_EVALUE : S_LVALUE;
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

    /** Scans {@code {S}[^ \n]+} from the space at {@code i}; false leaves {@code i} on the failing byte. */
    private boolean spaced() {
        int c = next();
        if (c <= 0 || c == ' ' || c == '\n') {
            return false;
        }
        do {
            c = next();
        } while (c > 0 && c != ' ' && c != '\n');
        return true;
    }

    private boolean quoted(boolean newlineAllowed) {
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
