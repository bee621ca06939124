package io.jalloy.runtime.controller.internal.check;

import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.ast.Node;
import io.jalloy.syntax.ast.Stmt;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.diag.Severity;
import io.jalloy.syntax.token.SourceFile;
import java.util.List;

/**
 * A block together with the file it was written in, so diagnostics can name file:line:col.
 * {@code body} may differ from the block's own body (a foreach without its template).
 */
public record SourceBlock(BlockStmt block, SourceFile file, List<Stmt> body) {

    public SourceBlock(BlockStmt block, SourceFile file) {
        this(block, file, block.body());
    }

    /** This block with another body. */
    public SourceBlock withBody(List<Stmt> newBody) {
        return new SourceBlock(block, file, newBody);
    }

    /** {@code name.parts.label}, or the name alone without a label: Alloy's block id. */
    public String id() {
        String name = block.fullName();
        return block.label() == null ? name : name + "." + block.label();
    }

    public String name() {
        return block.fullName();
    }

    public String label() {
        return block.label();
    }

    /** An error covering the whole block. */
    public Diagnostic errorOnBlock(String message) {
        return span(Severity.ERROR, block.start(), block.end() - 1, message);
    }

    /** An error covering {@code length} bytes from the start of the block's name. */
    public Diagnostic errorOnName(int length, String message) {
        return span(Severity.ERROR, block.namePos(), block.namePos() + length - 1, message);
    }

    /** An error from the block's start up to its opening brace. */
    public Diagnostic errorOnHeader(String message) {
        return span(Severity.ERROR, block.start(), block.lCurly(), message);
    }

    /** An error covering a node of this block's file. */
    public Diagnostic errorOn(Node node, String message) {
        return span(Severity.ERROR, node.start(), node.end() - 1, message);
    }

    /** A diagnostic from {@code start} to {@code endInclusive}, byte offsets into this file. */
    public Diagnostic span(Severity severity, int start, int endInclusive, String message) {
        return new Diagnostic(severity, file.position(start), file.position(endInclusive), message, "");
    }
}
