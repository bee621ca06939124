package io.jalloy.syntax.ast;

/** {@code name = value} inside a body. */
public record AttributeStmt(Ident name, Expr value) implements Stmt {

    @Override
    public int start() {
        return name.start();
    }

    @Override
    public int end() {
        return value.end();
    }
}
