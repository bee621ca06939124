package io.jalloy.syntax.printer.internal;

import io.jalloy.syntax.ast.Comment;
import io.jalloy.syntax.ast.CommentGroup;
import io.jalloy.syntax.token.Token;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the walker's stream of tokens, positions and whitespace requests into bytes for the
 * {@link TabAligner}, interleaving comments where their source offsets fall. Mirrors Alloy's
 * printer state machine exactly: an estimated source position, a small buffer of pending
 * whitespace, tab cells ({@code \t}, {@code \v}) and flushing formfeeds ({@code \f}) for
 * alignment, and {@code 0xFF}-escaped comment text. Confined to one printing thread.
 */
final class Emitter {
    static final byte IGNORE = 0;
    static final byte BLANK = ' ';
    static final byte VTAB = 0x0b;
    static final byte NEWLINE = '\n';
    static final byte FORMFEED = '\f';
    static final byte INDENT = '>';
    static final byte UNINDENT = '<';

    static final byte ESCAPE = (byte) 0xff;
    private static final int MAX_NEWLINES = 2;

    private final LineTable lines;

    private byte[] out;
    private int len;
    private int indent;
    /** Last token written; null after whitespace (Alloy's LITERAL marker). */
    private Token lastTok;

    private final byte[] ws = new byte[16];
    private int wsLen;

    private final List<CommentGroup> groups;
    private int groupIdx;
    private CommentGroup cur;
    private int commentPos = -1;

    // Estimated position in the source (Alloy's p.pos).
    private int posOff;
    private int posLine = 1;
    private int posCol = 1;
    // Position just past the last text written (Alloy's p.last); line 0 means none yet.
    private int lastLine;
    // Position in the output (Alloy's p.out); only the column decides indentation.
    private int outCol = 1;
    // Line breaks in the text being written, and the index of the last one within it.
    private int textNewlines;
    private int textLastNewline;

    Emitter(LineTable lines, List<CommentGroup> comments, int sizeHint) {
        this.lines = lines;
        this.groups = comments;
        this.out = new byte[Math.max(64, sizeHint + (sizeHint >> 2))];
        nextComment();
    }

    byte[] buffer() {
        return out;
    }

    int length() {
        return len;
    }

    LineTable lines() {
        return lines;
    }

    // ---- the walker's vocabulary ----

    /** Sets the estimated source position to a known offset; absent (negative) offsets are ignored. */
    void pos(int offset) {
        if (offset >= 0) {
            int idx = lines.index(offset);
            posOff = offset;
            posLine = idx + 1;
            posCol = offset - lines.start(idx) + 1;
        }
    }

    /** Queues a whitespace request, written only before the next text. */
    void ws(byte w) {
        if (w == IGNORE) {
            return;
        }
        if (wsLen == ws.length) {
            writeWhitespace(wsLen);
        }
        ws[wsLen++] = w;
        lastTok = null;
    }

    void ident(String name) {
        lastTok = Token.IDENT;
        text(name);
    }

    /** A dotted block name, written part by part to spare joining it. */
    void dottedName(List<String> parts) {
        lastTok = Token.IDENT;
        int nOff = posOff;
        int nLine = posLine;
        int nCol = posCol;
        flush(nOff, nLine, lastTok);
        int begin = beginText(nOff, nLine, nCol, false);
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                put((byte) '.');
            }
            appendText(parts.get(i), begin);
        }
        endText(begin, false);
    }

    void literal(Token kind, String value) {
        lastTok = kind;
        text(value);
    }

    void token(Token t) {
        String s = t.text();
        if (mayCombine(lastTok, s.charAt(0))) {
            // The previous token and this one would scan as one token: keep them apart.
            ws[0] = BLANK;
            wsLen = 1;
        }
        lastTok = t;
        text(s);
    }

    /** Writes comments left after the last token. */
    void finish() {
        flush(Integer.MAX_VALUE, Integer.MAX_VALUE, Token.EOF);
    }

    private static boolean mayCombine(Token prev, char next) {
        if (prev == Token.NUMBER) {
            return next == '.';
        }
        if (prev == Token.DIV) {
            return next == '*';
        }
        return false;
    }

    private void text(String data) {
        int nOff = posOff;
        int nLine = posLine;
        int nCol = posCol;
        flush(nOff, nLine, lastTok);
        writeString(nOff, nLine, nCol, data, false);
    }

    // ---- comments ----

    private void nextComment() {
        while (groupIdx < groups.size()) {
            CommentGroup g = groups.get(groupIdx++);
            if (!g.comments().isEmpty()) {
                cur = g;
                commentPos = g.comments().get(0).start();
                return;
            }
        }
        commentPos = -1;
    }

    private boolean commentBefore(int nextOff) {
        return commentPos >= 0 && commentPos <= nextOff;
    }

    private void flush(int nextOff, int nextLine, Token tok) {
        if (commentBefore(nextOff)) {
            injectComments(nextOff, nextLine, tok);
        } else if (tok != Token.EOF) {
            writeWhitespace(wsLen);
        }
    }

    private void injectComments(int nextOff, int nextLine, Token tok) {
        Comment last = null;
        while (commentBefore(nextOff)) {
            for (Comment c : cur.comments()) {
                writeCommentPrefix(nextLine, c);
                int idx = lines.index(c.start());
                writeString(c.start(), idx + 1, c.start() - lines.start(idx) + 1, c.text(), true);
                last = c;
            }
            nextComment();
        }
        writeCommentSuffix(nextLine, tok, last);
    }

    private void writeCommentPrefix(int nextLine, Comment c) {
        if (len == 0) {
            return; // nothing before the comment: no separator
        }
        int cLine = lines.line(c.start());
        if (cLine == lastLine) {
            // Same line as the previous text: a cell break, or a space when the next token
            // also follows on this line (so the comment must be a block comment).
            writeByte(cLine == nextLine ? BLANK : (byte) '\t', 1);
            return;
        }
        // Keep pending indentation changes up to the first real whitespace, which is dropped
        // because the comment brings its own line breaks.
        int count = 0;
        for (int i = 0; i < wsLen; i++) {
            byte w = ws[i];
            if (w == INDENT || w == UNINDENT) {
                continue;
            }
            if (w == BLANK || w == VTAB || w == NEWLINE || w == FORMFEED) {
                ws[i] = IGNORE;
            }
            count = i;
            break;
        }
        writeWhitespace(count);
        int newlines = lastLine > 0 ? cLine - lastLine : 0;
        if (newlines > 0) {
            writeByte(FORMFEED, Math.min(newlines, MAX_NEWLINES));
        }
    }

    private void writeCommentSuffix(int nextLine, Token tok, Comment last) {
        if (tok == Token.EOF) {
            return; // no blank lines at the end of the file
        }
        String text = last.text();
        if (text.length() > 1 && text.charAt(1) == '*' && nextLine == lines.line(commentEnd(last))) {
            writeByte(BLANK, 1);
        }
        int newlines = nextLine - lastLine;
        boolean droppedFormfeed = false;
        for (int i = 0; i < wsLen; i++) {
            byte w = ws[i];
            if (w == BLANK || w == VTAB) {
                ws[i] = IGNORE;
            } else if (w == NEWLINE || w == FORMFEED) {
                droppedFormfeed |= w == FORMFEED;
                ws[i] = IGNORE;
            }
        }
        writeWhitespace(wsLen);
        if (newlines > 0) {
            writeByte(droppedFormfeed ? FORMFEED : NEWLINE, Math.min(newlines, MAX_NEWLINES));
        }
    }

    /** Alloy's end of a comment: its start plus the length of its text (carriage returns removed). */
    private static int commentEnd(Comment c) {
        return c.start() + Utf8.length(c.text()) - 1;
    }

    // ---- raw output ----

    private void writeString(int pOff, int pLine, int pCol, String s, boolean escape) {
        int begin = beginText(pOff, pLine, pCol, escape);
        appendText(s, begin);
        endText(begin, escape);
    }

    /** Indents a fresh line and moves to the text's position; returns where its bytes begin. */
    private int beginText(int pOff, int pLine, int pCol, boolean escape) {
        if (outCol == 1) {
            writeIndent();
        }
        if (pLine > 0) {
            posOff = pOff;
            posLine = pLine;
            posCol = pCol;
        }
        if (escape) {
            put(ESCAPE);
        }
        textNewlines = 0;
        return len;
    }

    /** Appends UTF-8 text, counting its line breaks for {@link #endText}. */
    private void appendText(String s, int begin) {
        int n = s.length();
        ensure(n);
        byte[] o = out;
        int l = len;
        int i = 0;
        for (; i < n; i++) {
            char ch = s.charAt(i);
            if (ch >= 0x80) {
                break;
            }
            if (ch == '\n' || ch == '\f') {
                textNewlines++;
                textLastNewline = l - begin;
            }
            o[l++] = (byte) ch;
        }
        len = l;
        if (i < n) {
            byte[] rest = s.substring(i).getBytes(StandardCharsets.UTF_8);
            ensure(rest.length);
            for (byte b : rest) {
                if (b == '\n' || b == '\f') {
                    textNewlines++;
                    textLastNewline = len - begin;
                }
                out[len++] = b;
            }
        }
    }

    /** Advances the estimated positions past the text that began at {@code begin}. */
    private void endText(int begin, boolean escape) {
        int size = len - begin;
        if (escape) {
            put(ESCAPE);
        }
        posOff += size;
        if (textNewlines > 0) {
            posLine += textNewlines;
            posCol = size - textLastNewline;
            outCol = size - textLastNewline;
        } else {
            posCol += size;
            outCol += size;
        }
        lastLine = posLine;
    }

    private void writeIndent() {
        int depth = indent;
        ensure(depth);
        for (int i = 0; i < depth; i++) {
            out[len++] = '\t';
        }
        posOff += depth;
        posCol += depth;
        outCol += depth;
    }

    private void writeByte(byte ch, int n) {
        if (outCol == 1) {
            writeIndent();
        }
        ensure(n);
        for (int i = 0; i < n; i++) {
            out[len++] = ch;
        }
        posOff += n;
        if (ch == NEWLINE || ch == FORMFEED) {
            posLine += n;
            posCol = 1;
            outCol = 1;
        } else {
            posCol += n;
            outCol += n;
        }
    }

    private void writeWhitespace(int n) {
        for (int i = 0; i < n; i++) {
            byte w = ws[i];
            switch (w) {
                case IGNORE -> { }
                case INDENT -> indent++;
                case UNINDENT -> {
                    if (--indent < 0) {
                        throw new IllegalStateException("printer: negative indentation");
                    }
                }
                default -> writeByte(w, 1);
            }
        }
        if (n < wsLen) {
            System.arraycopy(ws, n, ws, 0, wsLen - n);
        }
        wsLen -= n;
    }

    private void put(byte b) {
        ensure(1);
        out[len++] = b;
    }

    private void ensure(int extra) {
        if (len + extra > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, len + extra));
        }
    }
}
