package io.jalloy.syntax.printer;

import io.jalloy.syntax.ast.AccessExpr;
import io.jalloy.syntax.ast.ArrayExpr;
import io.jalloy.syntax.ast.AttributeStmt;
import io.jalloy.syntax.ast.BinaryExpr;
import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.ast.CallExpr;
import io.jalloy.syntax.ast.Comment;
import io.jalloy.syntax.ast.CommentGroup;
import io.jalloy.syntax.ast.Expr;
import io.jalloy.syntax.ast.File;
import io.jalloy.syntax.ast.IdentifierExpr;
import io.jalloy.syntax.ast.IndexExpr;
import io.jalloy.syntax.ast.LiteralExpr;
import io.jalloy.syntax.ast.ObjectExpr;
import io.jalloy.syntax.ast.ObjectField;
import io.jalloy.syntax.ast.ParenExpr;
import io.jalloy.syntax.ast.Stmt;
import io.jalloy.syntax.ast.UnaryExpr;
import java.util.List;

/**
 * A position-free rendering of a syntax tree (kinds, names, labels, literal texts, operators,
 * children, then comment texts in order), so two trees compare equal exactly when they have the
 * same structure; the text doubles as a readable diff when they do not.
 */
final class AstShape {
    private final StringBuilder out = new StringBuilder();

    private AstShape() {}

    static String of(File file) {
        AstShape s = new AstShape();
        s.stmts(file.body(), 0);
        for (CommentGroup g : file.comments()) {
            for (Comment c : g.comments()) {
                s.out.append("comment ").append(c.text()).append('\n');
            }
        }
        return s.out.toString();
    }

    private void stmts(List<Stmt> body, int depth) {
        for (Stmt s : body) {
            out.repeat("  ", depth);
            switch (s) {
                case AttributeStmt a -> {
                    out.append("attr ").append(a.name().name()).append(" = ");
                    expr(a.value());
                    out.append('\n');
                }
                case BlockStmt b -> {
                    out.append("block ").append(b.fullName()).append(" label=").append(b.label()).append(" {\n");
                    stmts(b.body(), depth + 1);
                    out.repeat("  ", depth).append("}\n");
                }
            }
        }
    }

    private void expr(Expr e) {
        switch (e) {
            case LiteralExpr l -> out.append("(lit ").append(l.kind().name()).append(' ').append(l.value()).append(')');
            case IdentifierExpr i -> out.append("(id ").append(i.ident().name()).append(')');
            case ArrayExpr a -> {
                out.append("(array");
                for (Expr x : a.elements()) {
                    out.append(' ');
                    expr(x);
                }
                out.append(')');
            }
            case ObjectExpr o -> {
                out.append("(object");
                for (ObjectField f : o.fields()) {
                    out.append(" (field ").append(f.quoted() ? "quoted " : "").append(f.name().name()).append(' ');
                    expr(f.value());
                    out.append(')');
                }
                out.append(')');
            }
            case AccessExpr a -> {
                out.append("(access ");
                expr(a.value());
                out.append(' ').append(a.name().name()).append(')');
            }
            case IndexExpr i -> {
                out.append("(index ");
                expr(i.value());
                out.append(' ');
                expr(i.index());
                out.append(')');
            }
            case CallExpr c -> {
                out.append("(call ");
                expr(c.value());
                for (Expr x : c.args()) {
                    out.append(' ');
                    expr(x);
                }
                out.append(')');
            }
            case UnaryExpr u -> {
                out.append("(unary ").append(u.kind().text()).append(' ');
                expr(u.value());
                out.append(')');
            }
            case BinaryExpr b -> {
                out.append("(binary ").append(b.kind().text()).append(' ');
                expr(b.left());
                out.append(' ');
                expr(b.right());
                out.append(')');
            }
            case ParenExpr p -> {
                out.append("(paren ");
                expr(p.inner());
                out.append(')');
            }
        }
    }
}
