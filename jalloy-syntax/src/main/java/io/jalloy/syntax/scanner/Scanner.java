package io.jalloy.syntax.scanner;

import io.jalloy.syntax.token.SourceFile;
import io.jalloy.syntax.token.Token;
import java.nio.charset.StandardCharsets;

/**
 * Splits the UTF-8 bytes of a source file into Alloy tokens, inserting TERMINATOR tokens at
 * newlines (and at the end of input) that follow an identifier, literal or closing bracket, as
 * Alloy's scanner does. Works on bytes directly; a token's text is only materialised on request.
 * One instance per scan, used by a single thread.
 */
public final class Scanner extends RuneReader {

    /** Receives lexical errors: the byte offset they refer to and Alloy's message text. */
    @FunctionalInterface
    public interface ErrorHandler {
        void error(int offset, String message);
    }

    private final boolean includeComments;
    private final boolean insertTerms;

    private boolean insertTerm;

    private int tokPos;
    private Token tok = Token.ILLEGAL;
    private int tokEnd;
    private String tokText;

    /**
     * A scanner over {@code file}; {@code errors} may be null. With {@code includeComments} the
     * scanner returns COMMENT tokens instead of skipping them.
     */
    public Scanner(SourceFile file, ErrorHandler errors, boolean includeComments) {
        this(file.content(), errors, includeComments, true);
    }

    Scanner(byte[] src, ErrorHandler errors, boolean includeComments, boolean insertTerms) {
        super(src, errors);
        this.includeComments = includeComments;
        this.insertTerms = insertTerms;
        next();
        if (ch == Runes.BOM) {
            next();
        }
    }

    /** Offset of the current token's first byte. */
    public int pos() {
        return tokPos;
    }

    /** The current token. */
    public Token token() {
        return tok;
    }

    /** Offset just past the current token's bytes in the source. */
    public int end() {
        return tokEnd;
    }

    /**
     * The current token's text as Alloy reports it: identifiers, keywords and literals as written
     * (strings with quotes), comments without carriage returns, "\n" for TERMINATOR, the offending
     * text for ILLEGAL, and "" for operators and EOF.
     */
    public String literal() {
        if (tokText == null) {
            tokText = switch (tok) {
                case IDENT, NUMBER, FLOAT, STRING, BOOL, NULL, ILLEGAL ->
                        new String(src, tokPos, tokEnd - tokPos, StandardCharsets.UTF_8);
                case TERMINATOR -> "\n";
                default -> "";
            };
        }
        return tokText;
    }

    /** How many lexical errors were found so far. */
    public int errorCount() {
        return numErrors;
    }

    /** Advances to the next token and returns it; EOF repeats once reached. */
    public Token scan() {
        tokText = null;
        while (true) {
            skipWhitespace();
            tokPos = offset;
            boolean term = false;
            int c = ch;
            if (Runes.isLetter(c)) {
                scanIdentifier();
                tokEnd = offset;
                tok = keyword(tokPos, tokEnd);
                term = tok == Token.IDENT || tok == Token.NULL || tok == Token.BOOL;
            } else if (Runes.isDecimal(c) || (c == '.' && Runes.isDecimal(peek()))) {
                term = true;
                tok = scanNumber();
                tokEnd = offset;
            } else {
                next();
                switch (c) {
                    case EOF -> {
                        tokEnd = tokPos;
                        if (insertTerm) {
                            insertTerm = false;
                            tok = Token.TERMINATOR;
                            return tok;
                        }
                        tok = Token.EOF;
                    }
                    case '\n' -> {
                        insertTerm = false;
                        tok = Token.TERMINATOR;
                        tokEnd = offset;
                        return tok;
                    }
                    case '\'' -> {
                        error(tokPos, "illegal single-quoted string; use double quotes");
                        term = true;
                        scanString('\'', true, false);
                        tok = Token.ILLEGAL;
                    }
                    case '"' -> {
                        term = true;
                        scanString('"', true, false);
                        tok = Token.STRING;
                    }
                    case '`' -> {
                        term = true;
                        scanString('`', false, true);
                        tok = Token.STRING;
                    }
                    case '|' -> {
                        if (ch != '|') {
                            error(offset, "missing second | in ||");
                        } else {
                            next();
                        }
                        tok = Token.OR;
                    }
                    case '&' -> {
                        if (ch != '&') {
                            error(offset, "missing second & in &&");
                        } else {
                            next();
                        }
                        tok = Token.AND;
                    }
                    case '!' -> tok = switch2(Token.NOT, Token.NEQ);
                    case '=' -> tok = switch2(Token.ASSIGN, Token.EQ);
                    case '<' -> tok = switch2(Token.LT, Token.LTE);
                    case '>' -> tok = switch2(Token.GT, Token.GTE);
                    case '+' -> tok = Token.ADD;
                    case '-' -> tok = Token.SUB;
                    case '*' -> tok = Token.MUL;
                    case '/' -> {
                        if (ch == '/' || ch == '*') {
                            if (insertTerm && findLineEnd()) {
                                // The terminator goes before a comment that runs to the end of the line.
                                ch = '/';
                                offset = tokPos;
                                readOffset = tokPos + 1;
                                insertTerm = false;
                                tok = Token.TERMINATOR;
                                tokEnd = tokPos;
                                return tok;
                            }
                            String comment = scanComment();
                            if (!includeComments) {
                                insertTerm = false;
                                continue;
                            }
                            tok = Token.COMMENT;
                            tokText = comment;
                        } else {
                            tok = Token.DIV;
                        }
                    }
                    case '%' -> tok = Token.MOD;
                    case '^' -> tok = Token.POW;
                    case '{' -> tok = Token.LCURLY;
                    case '}' -> {
                        term = true;
                        tok = Token.RCURLY;
                    }
                    case '(' -> tok = Token.LPAREN;
                    case ')' -> {
                        term = true;
                        tok = Token.RPAREN;
                    }
                    case '[' -> tok = Token.LBRACK;
                    case ']' -> {
                        term = true;
                        tok = Token.RBRACK;
                    }
                    case ',' -> tok = Token.COMMA;
                    case '.' -> tok = Token.DOT;
                    default -> {
                        // next() already reported a misplaced byte order mark.
                        if (c != Runes.BOM) {
                            error(tokPos, "illegal character " + Runes.describe(c));
                        }
                        term = insertTerm;
                        tok = Token.ILLEGAL;
                        tokText = new String(Character.toChars(c));
                    }
                }
                tokEnd = offset;
            }
            if (insertTerms) {
                insertTerm = term;
            }
            return tok;
        }
    }

    private void skipWhitespace() {
        while (ch == ' ' || ch == '\t' || ch == '\r' || (ch == '\n' && !insertTerm)) {
            next();
        }
    }

    private Token switch2(Token single, Token withEquals) {
        if (ch == '=') {
            next();
            return withEquals;
        }
        return single;
    }

    /** Keywords are compared byte by byte so identifiers never allocate here. */
    private Token keyword(int start, int end) {
        int n = end - start;
        byte[] b = src;
        if (n == 4) {
            if (b[start] == 'n' && b[start + 1] == 'u' && b[start + 2] == 'l' && b[start + 3] == 'l') {
                return Token.NULL;
            }
            if (b[start] == 't' && b[start + 1] == 'r' && b[start + 2] == 'u' && b[start + 3] == 'e') {
                return Token.BOOL;
            }
        } else if (n == 5 && b[start] == 'f' && b[start + 1] == 'a' && b[start + 2] == 'l'
                && b[start + 3] == 's' && b[start + 4] == 'e') {
            return Token.BOOL;
        }
        return Token.IDENT;
    }

    private void scanIdentifier() {
        // ASCII fast path; the first non-ASCII byte (or NUL) falls back to full decoding.
        int i = readOffset;
        while (i < len) {
            int b = src[i];
            if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == '_' || (b >= '0' && b <= '9')) {
                i++;
                continue;
            }
            readOffset = i;
            if (b > 0) {
                ch = b;
                offset = i;
                readOffset = i + 1;
                return;
            }
            next();
            while (Runes.isLetter(ch) || Runes.isDigit(ch)) {
                next();
            }
            return;
        }
        offset = len;
        readOffset = len;
        ch = EOF;
    }

    private Token scanNumber() {
        Token kind = Token.NUMBER;
        int start = offset;
        if (ch != '.') {
            digits();
        }
        if (ch == '.') {
            kind = Token.FLOAT;
            next();
            digits();
        }
        if ((ch | 0x20) == 'e') {
            kind = Token.FLOAT;
            next();
            if (ch == '+' || ch == '-') {
                next();
            }
            if (digits() == 0) {
                error(start, "exponent has no digits");
            }
        }
        return kind;
    }

    private int digits() {
        int n = 0;
        while (ch >= '0' && ch <= '9') {
            next();
            n++;
        }
        return n;
    }

    private void scanString(int until, boolean escape, boolean multiline) {
        int start = offset - 1;
        while (true) {
            int c = ch;
            if ((!multiline && c == '\n') || c == EOF) {
                error(start, "string literal not terminated");
                return;
            }
            next();
            if (c == until) {
                return;
            }
            if (escape && c == '\\') {
                scanEscape();
            }
        }
    }

    private void scanEscape() {
        int start = offset;
        int n;
        int base;
        int max;
        switch (ch) {
            case 'a', 'b', 'f', 'n', 'r', 't', 'v', '\\', '"' -> {
                next();
                return;
            }
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                n = 3;
                base = 8;
                max = 255;
            }
            case 'x' -> {
                next();
                n = 2;
                base = 16;
                max = 255;
            }
            case 'u' -> {
                next();
                n = 4;
                base = 16;
                max = Runes.MAX_RUNE;
            }
            case 'U' -> {
                next();
                n = 8;
                base = 16;
                max = Runes.MAX_RUNE;
            }
            default -> {
                error(start, ch == EOF ? "escape sequence not terminated" : "unknown escape sequence");
                return;
            }
        }
        long x = 0;
        for (; n > 0; n--) {
            int d = Runes.digitVal(ch);
            if (d >= base) {
                error(start, ch == EOF ? "escape sequence not terminated"
                        : "illegal character " + Runes.describe(ch) + " in escape sequence");
                return;
            }
            x = x * base + d;
            next();
        }
        if (x > max || (x >= 0xD800 && x < 0xE000)) {
            error(start, "escape sequence is invalid Unicode code point");
        }
    }

    private String scanComment() {
        int start = offset - 1;
        int numCR = 0;
        boolean block = false;
        if (ch == '/') {
            next();
            while (ch != '\n' && ch != EOF) {
                if (ch == '\r') {
                    numCR++;
                }
                next();
            }
        } else {
            block = true;
            next();
            boolean closed = false;
            while (ch != EOF) {
                int c = ch;
                if (c == '\r') {
                    numCR++;
                }
                next();
                if (c == '*' && ch == '/') {
                    next();
                    closed = true;
                    break;
                }
            }
            if (!closed) {
                error(start, "block comment not terminated");
            }
        }
        int end = offset;
        if (numCR > 0 && end > start && src[end - 1] == '\r') {
            end--;
            numCR--;
        }
        if (numCR == 0) {
            return new String(src, start, end - start, StandardCharsets.UTF_8);
        }
        return stripCR(start, end, block);
    }

    private String stripCR(int start, int end, boolean block) {
        byte[] out = new byte[end - start];
        int n = 0;
        for (int j = start; j < end; j++) {
            byte b = src[j];
            // A \r right before the closing "*/" of a block comment is kept, as Go does.
            if (b != '\r' || (block && n > 2 && out[n - 1] == '*' && j + 1 < end && src[j + 1] == '/')) {
                out[n++] = b;
            }
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }

    /** Whether the comment starting at the current '/' (already consumed) runs to a line end. */
    private boolean findLineEnd() {
        // Like Alloy, the look-ahead re-reads bytes, so encoding errors inside it are reported again later.
        int restore = offset - 1;
        boolean result = findLineEnd0();
        ch = '/';
        offset = restore;
        readOffset = restore + 1;
        next();
        return result;
    }

    private boolean findLineEnd0() {
        while (ch == '/' || ch == '*') {
            if (ch == '/') {
                return true;
            }
            next();
            while (ch != EOF) {
                int c = ch;
                if (c == '\n') {
                    return true;
                }
                next();
                if (c == '*' && ch == '/') {
                    next();
                    break;
                }
            }
            skipWhitespace();
            if (ch == EOF || ch == '\n') {
                return true;
            }
            if (ch != '/') {
                return false;
            }
            next();
        }
        return false;
    }
}
