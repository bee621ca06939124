package io.jalloy.syntax.ast;

/**
 * A node of the syntax tree. Positions are byte offsets into the node's {@link
 * io.jalloy.syntax.token.SourceFile}; {@code start()} is the first byte, {@code end()} the offset just
 * past the last byte. Nodes are immutable records, safe to share between threads.
 */
public sealed interface Node permits File, Stmt, Expr, Ident, ObjectField, Comment {

    /** Offset of the first byte of this node. */
    int start();

    /** Offset just past the last byte of this node. */
    int end();
}
