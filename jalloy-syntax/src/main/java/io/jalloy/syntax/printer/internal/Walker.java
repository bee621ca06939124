package io.jalloy.syntax.printer.internal;

import static io.jalloy.syntax.printer.internal.Emitter.BLANK;
import static io.jalloy.syntax.printer.internal.Emitter.FORMFEED;
import static io.jalloy.syntax.printer.internal.Emitter.INDENT;
import static io.jalloy.syntax.printer.internal.Emitter.NEWLINE;
import static io.jalloy.syntax.printer.internal.Emitter.UNINDENT;
import static io.jalloy.syntax.printer.internal.Emitter.VTAB;

import io.jalloy.syntax.ast.AccessExpr;
import io.jalloy.syntax.ast.ArrayExpr;
import io.jalloy.syntax.ast.AttributeStmt;
import io.jalloy.syntax.ast.BinaryExpr;
import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.ast.CallExpr;
import io.jalloy.syntax.ast.Expr;
import io.jalloy.syntax.ast.IdentifierExpr;
import io.jalloy.syntax.ast.IndexExpr;
import io.jalloy.syntax.ast.LiteralExpr;
import io.jalloy.syntax.ast.Node;
import io.jalloy.syntax.ast.ObjectExpr;
import io.jalloy.syntax.ast.ObjectField;
import io.jalloy.syntax.ast.ParenExpr;
import io.jalloy.syntax.ast.Stmt;
import io.jalloy.syntax.ast.UnaryExpr;
import io.jalloy.syntax.scanner.Literals;
import io.jalloy.syntax.token.Token;
import java.util.List;

/**
 * Walks a syntax tree in source order and tells the {@link Emitter} which tokens to write and
 * where line breaks, blanks, indentation and alignment cells go. The layout decisions follow
 * Alloy's formatter: a list stays on one line unless its elements started on different lines,
 * blocks are always separated by a blank line, and source blank lines between statements survive.
 */
final class Walker {
    private final Emitter p;
    private final LineTable lines;

    Walker(Emitter p) {
        this.p = p;
        this.lines = p.lines();
    }

    void stmts(List<Stmt> body) {
        int prevEndLine = 0;
        for (int i = 0; i < body.size(); i++) {
            Stmt s = body.get(i);
            int startLine = line(start(s));
            int endLine = line(end(s));
            // Blocks are always apart by a blank line; other statements keep one from the source.
            if (i > 0 && (s instanceof BlockStmt || startLine - prevEndLine > 1)) {
                p.ws(FORMFEED);
            }
            stmt(s);
            // A statement spanning lines ends the alignment run.
            p.ws(endLine > startLine ? FORMFEED : NEWLINE);
            prevEndLine = endLine;
        }
    }

    void stmt(Stmt s) {
        switch (s) {
            case AttributeStmt a -> {
                p.pos(a.name().start());
                p.ident(a.name().name());
                p.ws(VTAB);
                p.token(Token.ASSIGN);
                p.ws(BLANK);
                expr(a.value());
            }
            case BlockStmt b -> block(b);
        }
    }

    private void block(BlockStmt b) {
        p.pos(b.namePos());
        p.dottedName(b.name());
        if (b.label() != null && !b.label().isEmpty()) {
            p.ws(BLANK);
            p.pos(b.labelPos());
            p.literal(Token.STRING, Literals.quote(b.label()));
        }
        p.ws(BLANK);
        p.pos(b.lCurly());
        p.token(Token.LCURLY);
        p.ws(INDENT);
        if (!b.body().isEmpty()) {
            p.ws(FORMFEED);
            stmts(b.body());
        } else {
            p.ws(BLANK);
        }
        p.ws(UNINDENT);
        p.pos(b.rCurly());
        p.token(Token.RCURLY);
    }

    void expr(Expr e) {
        switch (e) {
            case LiteralExpr l -> {
                p.pos(l.start());
                p.literal(l.kind(), l.value());
            }
            case ArrayExpr a -> array(a);
            case ObjectExpr o -> object(o);
            case IdentifierExpr id -> {
                p.pos(id.ident().start());
                p.ident(id.ident().name());
            }
            case AccessExpr a -> {
                expr(a.value());
                p.token(Token.DOT);
                p.ident(a.name().name());
            }
            case IndexExpr ix -> {
                expr(ix.value());
                p.pos(ix.lBrack());
                p.token(Token.LBRACK);
                expr(ix.index());
                p.pos(ix.rBrack());
                p.token(Token.RBRACK);
            }
            case CallExpr c -> call(c);
            case UnaryExpr u -> {
                p.pos(u.kindPos());
                p.token(u.kind());
                expr(u.value());
            }
            case BinaryExpr b -> {
                expr(b.left());
                p.ws(BLANK);
                p.pos(b.kindPos());
                p.token(b.kind());
                p.ws(BLANK);
                expr(b.right());
            }
            case ParenExpr pe -> {
                p.token(Token.LPAREN);
                expr(pe.inner());
                p.token(Token.RPAREN);
            }
        }
    }

    private void array(ArrayExpr a) {
        p.pos(a.lBrack());
        p.token(Token.LBRACK);
        int prev = a.lBrack();
        List<Expr> elems = a.elements();
        for (int i = 0; i < elems.size(); i++) {
            Expr el = elems.get(i);
            boolean newline = false;
            if (differentLines(prev, start(el))) {
                // Indent before the break so comments written at the break are indented too.
                p.ws(INDENT);
                p.ws(FORMFEED);
                newline = true;
            } else if (i > 0) {
                p.ws(BLANK);
            }
            prev = end(el);
            expr(el);
            if (i + 1 < elems.size()) {
                p.token(Token.COMMA);
            }
            if (newline) {
                p.ws(UNINDENT);
            }
        }
        if (!elems.isEmpty() && differentLines(prev, a.rBrack())) {
            p.token(Token.COMMA);
            p.ws(INDENT);
            p.ws(FORMFEED);
            p.ws(UNINDENT);
        }
        p.pos(a.rBrack());
        p.token(Token.RBRACK);
    }

    private void object(ObjectExpr o) {
        p.pos(o.lCurly());
        p.token(Token.LCURLY);
        p.ws(INDENT);
        int prev = o.lCurly();
        List<ObjectField> fields = o.fields();
        for (int i = 0; i < fields.size(); i++) {
            ObjectField f = fields.get(i);
            if (differentLines(prev, f.name().start())) {
                // Keep aligning '=' only while the previous value fit on one line.
                p.ws(i > 0 && nodeLines(fields.get(i - 1).value()) == 1 ? NEWLINE : FORMFEED);
            } else if (i > 0) {
                p.ws(BLANK);
            }
            prev = identEnd(f);
            p.pos(f.name().start());
            if (f.quoted()) {
                p.literal(Token.STRING, Literals.quote(f.name().name()));
            } else {
                p.ident(f.name().name());
            }
            p.ws(VTAB);
            p.token(Token.ASSIGN);
            p.ws(BLANK);
            expr(f.value());
            if (i + 1 < fields.size()) {
                p.token(Token.COMMA);
            }
        }
        if (!fields.isEmpty() && differentLines(prev, o.rCurly())) {
            p.token(Token.COMMA);
            p.ws(FORMFEED);
        }
        p.ws(UNINDENT);
        p.pos(o.rCurly());
        p.token(Token.RCURLY);
    }

    private void call(CallExpr c) {
        expr(c.value());
        p.token(Token.LPAREN);
        int prev = c.lParen();
        List<Expr> args = c.args();
        for (int i = 0; i < args.size(); i++) {
            Expr arg = args.get(i);
            boolean newline = false;
            if (differentLines(prev, start(arg))) {
                p.ws(FORMFEED);
                p.ws(INDENT);
                newline = true;
            }
            expr(arg);
            prev = end(arg);
            if (i + 1 < args.size()) {
                p.token(Token.COMMA);
                p.ws(BLANK);
            }
            if (newline) {
                p.ws(UNINDENT);
            }
        }
        if (differentLines(prev, c.rParen())) {
            p.token(Token.COMMA);
            p.ws(FORMFEED);
        }
        p.token(Token.RPAREN);
    }

    // ---- positions as Alloy's StartPos/EndPos see them ----

    private static int start(Node n) {
        return n.start();
    }

    /**
     * Alloy's EndPos: the offset of a node's final byte. Like Alloy, a literal ends where its start
     * plus the length of its text says, which differs from the source span only for a raw string
     * whose carriage returns the scanner dropped.
     */
    private static int end(Node n) {
        return switch (n) {
            case AttributeStmt a -> end(a.value());
            case UnaryExpr u -> end(u.value());
            case BinaryExpr b -> end(b.right());
            case LiteralExpr l -> literalEnd(l);
            default -> n.end() - 1;
        };
    }

    private static int literalEnd(LiteralExpr l) {
        String v = l.value();
        if (v.isEmpty() || v.charAt(0) != '`') {
            return l.end() - 1;
        }
        return l.start() + Utf8.length(v) - 1;
    }

    /** The end of an object key as Alloy computes it: start plus the length of the bare name. */
    private static int identEnd(ObjectField f) {
        return f.name().start() + Utf8.length(f.name().name()) - 1;
    }

    private int line(int offset) {
        return lines.line(offset);
    }

    private boolean differentLines(int a, int b) {
        return lines.line(a) != lines.line(b);
    }

    private int nodeLines(Node n) {
        return line(end(n)) - line(start(n)) + 1;
    }
}
