package io.jalloy.syntax.ast;

import java.util.List;

/**
 * {@code name.parts "label" { body }}. {@code label} is null when the block has none;
 * {@code rCurly} is the offset of the closing brace.
 */
public record BlockStmt(List<String> name, int namePos, String label, int labelPos, List<Stmt> body,
                        int lCurly, int rCurly) implements Stmt {

    public BlockStmt {
        name = List.copyOf(name);
        body = List.copyOf(body);
    }

    /** The dotted name, such as {@code prometheus.scrape}. */
    public String fullName() {
        return String.join(".", name);
    }

    @Override
    public int start() {
        return namePos;
    }

    @Override
    public int end() {
        return rCurly + 1;
    }
}
