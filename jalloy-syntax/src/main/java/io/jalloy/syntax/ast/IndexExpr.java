package io.jalloy.syntax.ast;

/** {@code value[index]}; the offsets of the brackets. */
public record IndexExpr(Expr value, Expr index, int lBrack, int rBrack) implements Expr {

    @Override
    public int start() {
        return value.start();
    }

    @Override
    public int end() {
        return rBrack + 1;
    }
}
