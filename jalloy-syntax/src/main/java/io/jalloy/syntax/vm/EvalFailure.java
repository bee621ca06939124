package io.jalloy.syntax.vm;

import io.jalloy.syntax.ast.Node;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.diag.Severity;
import io.jalloy.syntax.token.SourceFile;

/**
 * An evaluation error tied to the node it blames, turned into a diagnostic once it reaches the
 * evaluator's entry point. When {@code prefixNode} is set the message is prefixed with that
 * node's source text, as Alloy prefixes value errors with the offending expression.
 */
final class EvalFailure extends Exception {
    private final Node node;
    private final boolean prefixNode;
    private final String separator;

    EvalFailure(Node node, String message, boolean prefixNode) {
        this(node, " ", message, prefixNode);
    }

    private EvalFailure(Node node, String separator, String message, boolean prefixNode) {
        super(message, null, false, false);
        this.node = node;
        this.prefixNode = prefixNode;
        this.separator = separator;
    }

    /** An error about the value of {@code node} joined to its text by {@code separator}. */
    static EvalFailure joined(Node node, String separator, String message) {
        return new EvalFailure(node, separator, message, true);
    }

    /** An error about the value of {@code node}: {@code <node text> <message>}. */
    static EvalFailure about(Node node, String message) {
        return new EvalFailure(node, message, true);
    }

    /** An error placed at {@code node} with the message as is. */
    static EvalFailure at(Node node, String message) {
        return new EvalFailure(node, message, false);
    }

    Diagnostic toDiagnostic(SourceFile source) {
        String message = prefixNode ? source.text(node.start(), node.end()) + separator + getMessage() : getMessage();
        return new Diagnostic(Severity.ERROR, source.position(node.start()), source.position(lastByte(node)),
                message, "");
    }

    /** Alloy's diagnostics end at the last byte of a node, not one past it. */
    static int lastByte(Node node) {
        return Math.max(node.start(), node.end() - 1);
    }
}
