package io.jalloy.syntax.ast;

import io.jalloy.syntax.token.Token;

/** {@code !value} or {@code -value}; {@code kindPos} is the operator's offset. */
public record UnaryExpr(Token kind, int kindPos, Expr value) implements Expr {

    @Override
    public int start() {
        return kindPos;
    }

    @Override
    public int end() {
        return value.end();
    }
}
