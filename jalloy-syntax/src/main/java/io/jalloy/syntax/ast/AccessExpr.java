package io.jalloy.syntax.ast;

/** {@code value.name}. */
public record AccessExpr(Expr value, Ident name) implements Expr {

    @Override
    public int start() {
        return value.start();
    }

    @Override
    public int end() {
        return name.end();
    }
}
