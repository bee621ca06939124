package io.jalloy.cli.internal;

import io.jalloy.syntax.ast.AccessExpr;
import io.jalloy.syntax.ast.ArrayExpr;
import io.jalloy.syntax.ast.BinaryExpr;
import io.jalloy.syntax.ast.CallExpr;
import io.jalloy.syntax.ast.Expr;
import io.jalloy.syntax.ast.IdentifierExpr;
import io.jalloy.syntax.ast.IndexExpr;
import io.jalloy.syntax.ast.LiteralExpr;
import io.jalloy.syntax.ast.ObjectExpr;
import io.jalloy.syntax.ast.ObjectField;
import io.jalloy.syntax.ast.ParenExpr;
import io.jalloy.syntax.ast.UnaryExpr;
import java.util.function.Consumer;

/** Walks an expression for the identifiers it reads and the {@code sys.env} calls it makes. */
final class ExprNames {
    private ExprNames() {}

    /** Calls {@code ids} with every identifier expression and {@code calls} with every call in {@code e}. */
    static void walk(Expr e, Consumer<IdentifierExpr> ids, Consumer<CallExpr> calls) {
        switch (e) {
            case IdentifierExpr i -> ids.accept(i);
            case AccessExpr a -> walk(a.value(), ids, calls);
            case IndexExpr i -> {
                walk(i.value(), ids, calls);
                walk(i.index(), ids, calls);
            }
            case CallExpr c -> {
                calls.accept(c);
                walk(c.value(), ids, calls);
                c.args().forEach(x -> walk(x, ids, calls));
            }
            case ArrayExpr a -> a.elements().forEach(x -> walk(x, ids, calls));
            case ObjectExpr o -> {
                for (ObjectField f : o.fields()) {
                    walk(f.value(), ids, calls);
                }
            }
            case BinaryExpr b -> {
                walk(b.left(), ids, calls);
                walk(b.right(), ids, calls);
            }
            case UnaryExpr u -> walk(u.value(), ids, calls);
            case ParenExpr p -> walk(p.inner(), ids, calls);
            case LiteralExpr l -> { }
        }
    }

    /** Whether {@code c} is a {@code sys.env(...)} call with one argument. */
    static boolean isEnvCall(CallExpr c) {
        return c.value() instanceof AccessExpr a && a.name().name().equals("env")
                && a.value() instanceof IdentifierExpr i && i.ident().name().equals("sys") && c.args().size() == 1;
    }
}
