package io.jalloy.runtime.controller.internal.refs;

import io.jalloy.syntax.ast.AccessExpr;
import io.jalloy.syntax.ast.ArrayExpr;
import io.jalloy.syntax.ast.AttributeStmt;
import io.jalloy.syntax.ast.BinaryExpr;
import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.ast.CallExpr;
import io.jalloy.syntax.ast.Expr;
import io.jalloy.syntax.ast.Ident;
import io.jalloy.syntax.ast.IdentifierExpr;
import io.jalloy.syntax.ast.IndexExpr;
import io.jalloy.syntax.ast.LiteralExpr;
import io.jalloy.syntax.ast.ObjectExpr;
import io.jalloy.syntax.ast.ObjectField;
import io.jalloy.syntax.ast.ParenExpr;
import io.jalloy.syntax.ast.Stmt;
import io.jalloy.syntax.ast.UnaryExpr;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds every name chain a block body reads, in source order, the way Alloy's controller does:
 * an identifier starts a chain, {@code .name} extends it, and an index or a call ends it.
 * Chains that start inside other expressions (such as {@code f().x}) are not references.
 */
public final class Traversals {
    private final List<Traversal> found = new ArrayList<>();
    private List<Ident> current = new ArrayList<>();
    private boolean building;

    private Traversals() {}

    /** The chains read by every attribute of a body, including nested blocks. */
    public static List<Traversal> of(List<Stmt> body) {
        Traversals w = new Traversals();
        w.body(body);
        w.flush();
        return w.found;
    }

    /** The chains read by one expression. */
    public static List<Traversal> of(Expr expr) {
        Traversals w = new Traversals();
        w.expr(expr);
        w.flush();
        return w.found;
    }

    private void body(List<Stmt> body) {
        for (Stmt stmt : body) {
            switch (stmt) {
                case AttributeStmt a -> expr(a.value());
                case BlockStmt b -> body(b.body());
            }
        }
    }

    private void expr(Expr e) {
        switch (e) {
            case IdentifierExpr id -> {
                flush();
                building = true;
                current.add(id.ident());
            }
            case AccessExpr a -> {
                expr(a.value());
                if (building) {
                    current.add(a.name());
                }
            }
            case IndexExpr ix -> {
                expr(ix.value());
                flush();
                expr(ix.index());
            }
            case CallExpr c -> {
                expr(c.value());
                flush();
                for (Expr arg : c.args()) {
                    expr(arg);
                }
            }
            case ArrayExpr arr -> arr.elements().forEach(this::expr);
            case ObjectExpr obj -> {
                for (ObjectField f : obj.fields()) {
                    expr(f.value());
                }
            }
            case BinaryExpr bin -> {
                expr(bin.left());
                expr(bin.right());
            }
            case UnaryExpr u -> expr(u.value());
            case ParenExpr p -> expr(p.inner());
            case LiteralExpr lit -> { }
        }
    }

    private void flush() {
        if (building && !current.isEmpty()) {
            found.add(new Traversal(current));
        }
        building = false;
        current = new ArrayList<>();
    }
}
