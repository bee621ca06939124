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
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.value.CapsuleValue;
import io.jalloy.syntax.vm.Evaluator;
import io.jalloy.syntax.vm.Scope;

/**
 * Whether an expression reads other components only through {@link StandInExports}' receiver
 * proxies ({@code [loki.write.default.receiver]}): those have the real type and no value to get
 * wrong, so an error decoding such an attribute is the config's own. Any other value read from a
 * component is a zero stand-in, whose errors are not. Stateless.
 */
final class StandInReads {
    private StandInReads() {}

    /** True when every reference in {@code e} to a name outside {@code base} evaluates to a capsule in {@code withComponents}. */
    static boolean onlyReceivers(Expr e, Evaluator eval, Scope base, Scope withComponents) {
        return switch (e) {
            case AccessExpr a when foreignRoot(a, base) -> isCapsule(a, eval, withComponents);
            case IdentifierExpr id -> base.lookup(id.ident().name()) != null || isCapsule(id, eval, withComponents);
            case AccessExpr a -> onlyReceivers(a.value(), eval, base, withComponents);
            case IndexExpr i -> onlyReceivers(i.value(), eval, base, withComponents)
                    && onlyReceivers(i.index(), eval, base, withComponents);
            case CallExpr c -> onlyReceivers(c.value(), eval, base, withComponents)
                    && c.args().stream().allMatch(x -> onlyReceivers(x, eval, base, withComponents));
            case ArrayExpr a -> a.elements().stream().allMatch(x -> onlyReceivers(x, eval, base, withComponents));
            case ObjectExpr o -> o.fields().stream().map(ObjectField::value)
                    .allMatch(x -> onlyReceivers(x, eval, base, withComponents));
            case BinaryExpr b -> onlyReceivers(b.left(), eval, base, withComponents)
                    && onlyReceivers(b.right(), eval, base, withComponents);
            case UnaryExpr u -> onlyReceivers(u.value(), eval, base, withComponents);
            case ParenExpr p -> onlyReceivers(p.inner(), eval, base, withComponents);
            case LiteralExpr l -> true;
        };
    }

    private static boolean foreignRoot(AccessExpr a, Scope base) {
        Expr cur = a;
        while (cur instanceof AccessExpr acc) {
            cur = acc.value();
        }
        return cur instanceof IdentifierExpr id && base.lookup(id.ident().name()) == null;
    }

    private static boolean isCapsule(Expr e, Evaluator eval, Scope withComponents) {
        try {
            return eval.evaluate(e, withComponents) instanceof CapsuleValue;
        } catch (Diagnostics d) {
            return false;
        }
    }
}
