package io.jalloy.syntax.ast;

/** One {@code key = value} of an object; {@code quoted} when the key was a string literal. */
public record ObjectField(Ident name, boolean quoted, Expr value) implements Node {

    @Override
    public int start() {
        return name.start();
    }

    @Override
    public int end() {
        return value.end();
    }
}
