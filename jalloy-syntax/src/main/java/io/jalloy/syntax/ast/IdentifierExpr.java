package io.jalloy.syntax.ast;

/** A reference to a named value in scope. */
public record IdentifierExpr(Ident ident) implements Expr {

    @Override
    public int start() {
        return ident.start();
    }

    @Override
    public int end() {
        return ident.end();
    }
}
