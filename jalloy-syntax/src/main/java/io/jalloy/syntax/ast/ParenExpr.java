package io.jalloy.syntax.ast;

/** {@code (inner)}; the offsets of the parentheses. */
public record ParenExpr(Expr inner, int lParen, int rParen) implements Expr {

    @Override
    public int start() {
        return lParen;
    }

    @Override
    public int end() {
        return rParen + 1;
    }
}
