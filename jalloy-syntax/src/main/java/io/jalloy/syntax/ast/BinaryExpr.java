package io.jalloy.syntax.ast;

import io.jalloy.syntax.token.Token;

/** {@code left op right}; {@code kindPos} is the operator's offset. */
public record BinaryExpr(Token kind, int kindPos, Expr left, Expr right) implements Expr {

    @Override
    public int start() {
        return left.start();
    }

    @Override
    public int end() {
        return right.end();
    }
}
