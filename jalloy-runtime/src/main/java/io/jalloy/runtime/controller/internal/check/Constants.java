package io.jalloy.runtime.controller.internal.check;

import io.jalloy.syntax.ast.AccessExpr;
import io.jalloy.syntax.ast.ArrayExpr;
import io.jalloy.syntax.ast.BinaryExpr;
import io.jalloy.syntax.ast.CallExpr;
import io.jalloy.syntax.ast.Expr;
import io.jalloy.syntax.ast.IdentifierExpr;
import io.jalloy.syntax.ast.IndexExpr;
import io.jalloy.syntax.ast.LiteralExpr;
import io.jalloy.syntax.ast.ObjectExpr;
import io.jalloy.syntax.ast.ParenExpr;
import io.jalloy.syntax.ast.UnaryExpr;

/** Whether an expression's value is known without running anything (no names, no calls). */
final class Constants {
    private Constants() {}

    static boolean isConstant(Expr e) {
        return switch (e) {
            case LiteralExpr lit -> true;
            case IdentifierExpr id -> false;
            case CallExpr c -> false;
            case AccessExpr a -> isConstant(a.value());
            case IndexExpr ix -> isConstant(ix.value()) && isConstant(ix.index());
            case ArrayExpr arr -> arr.elements().stream().allMatch(Constants::isConstant);
            case ObjectExpr obj -> obj.fields().stream().allMatch(f -> isConstant(f.value()));
            case UnaryExpr u -> isConstant(u.value());
            case BinaryExpr b -> isConstant(b.left()) && isConstant(b.right());
            case ParenExpr p -> isConstant(p.inner());
        };
    }
}
