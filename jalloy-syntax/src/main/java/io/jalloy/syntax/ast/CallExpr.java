package io.jalloy.syntax.ast;

import java.util.List;

/** {@code value(args...)}; the offsets of the parentheses. */
public record CallExpr(Expr value, List<Expr> args, int lParen, int rParen) implements Expr {

    public CallExpr {
        args = List.copyOf(args);
    }

    @Override
    public int start() {
        return value.start();
    }

    @Override
    public int end() {
        return rParen + 1;
    }
}
