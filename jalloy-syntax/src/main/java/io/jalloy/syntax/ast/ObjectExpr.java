package io.jalloy.syntax.ast;

import java.util.List;

/** {@code { key = value, "quoted key" = value }}; the offsets of the braces. */
public record ObjectExpr(List<ObjectField> fields, int lCurly, int rCurly) implements Expr {

    public ObjectExpr {
        fields = List.copyOf(fields);
    }

    @Override
    public int start() {
        return lCurly;
    }

    @Override
    public int end() {
        return rCurly + 1;
    }
}
