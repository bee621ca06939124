package io.jalloy.syntax.parser;

import io.jalloy.syntax.ast.Comment;
import io.jalloy.syntax.ast.CommentGroup;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.scanner.Scanner;
import io.jalloy.syntax.token.SourceFile;
import io.jalloy.syntax.token.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The parser's view of the token stream: the current token, comment grouping, error recording
 * with Alloy's rule that a second parse error on the same line is dropped, and the skip-ahead
 * helpers used for recovery. Used by one parse on one thread.
 */
class TokenReader {
    final SourceFile src;
    private final Scanner scanner;
    private final List<Diagnostic> diags = new ArrayList<>();
    private final List<CommentGroup> comments = new ArrayList<>();

    /** The current token, its offset, and (lazily) its text. */
    Token tok;
    int pos;

    private int lastErrorLine;

    TokenReader(SourceFile src) {
        this.src = src;
        this.scanner = new Scanner(src, (offset, message) ->
                diags.add(Diagnostic.error(src.position(offset), null, message)), true);
        next();
    }

    final List<Diagnostic> diagnostics() {
        return diags;
    }

    final List<CommentGroup> comments() {
        return comments;
    }

    /** The current token's text (see {@link Scanner#literal()}). */
    final String lit() {
        return scanner.literal();
    }

    /** Offset just past the current token. */
    final int tokEnd() {
        return scanner.end();
    }

    /** Advances to the next non-comment token, collecting comments into groups on the way. */
    final void next() {
        next0();
        while (tok == Token.COMMENT) {
            consumeCommentGroup();
        }
    }

    private void next0() {
        tok = scanner.scan();
        pos = scanner.pos();
    }

    /** Adjacent comments (each starting at most one line after the previous one ends) form a group. */
    private void consumeCommentGroup() {
        List<Comment> list = new ArrayList<>(2);
        int endLine = src.line(pos);
        while (tok == Token.COMMENT && src.line(pos) <= endLine + 1) {
            String text = scanner.literal();
            endLine = src.line(pos);
            if (text.length() > 1 && text.charAt(1) == '*') {
                for (int i = 0; i < text.length(); i++) {
                    if (text.charAt(i) == '\n') {
                        endLine++;
                    }
                }
            }
            list.add(new Comment(pos, scanner.end(), text));
            next0();
        }
        comments.add(new CommentGroup(list));
    }

    /** Skips tokens up to (not including) {@code to}, or to EOF. */
    final void advance(Token to) {
        while (tok != Token.EOF && tok != to) {
            next();
        }
    }

    /** Consumes the current token, recording "expected X, got Y" when it is not {@code t}; returns its offset. */
    final int expect(Token t) {
        int at = pos;
        if (tok != t) {
            addError("expected " + t.text() + ", got " + tok.text());
        }
        next();
        return at;
    }

    /** Records an error at the current token unless one was already recorded on its line. */
    final void addError(String message) {
        var p = src.position(pos);
        if (p.line() == lastErrorLine) {
            return;
        }
        lastErrorLine = p.line();
        diags.add(Diagnostic.error(p, null, message));
    }

    /** Reports input nested deeper than the thread's stack allows, at the token reached. */
    final void nestingTooDeep() {
        diags.add(Diagnostic.error(src.position(pos), null, "expression nested too deeply"));
    }

    /** Records an error covering {@code start..end} regardless of earlier errors on the line. */
    final void addRangeError(int start, int end, String message) {
        diags.add(Diagnostic.error(src.position(start), src.position(end), message));
    }
}
