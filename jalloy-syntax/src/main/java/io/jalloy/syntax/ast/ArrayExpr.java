package io.jalloy.syntax.ast;

import java.util.List;

/** {@code [a, b]}; {@code lBrack} and {@code rBrack} are the offsets of the brackets. */
public record ArrayExpr(List<Expr> elements, int lBrack, int rBrack) implements Expr {

    public ArrayExpr {
        elements = List.copyOf(elements);
    }

    @Override
    public int start() {
        return lBrack;
    }

    @Override
    public int end() {
        return rBrack + 1;
    }
}
