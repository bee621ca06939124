package io.jalloy.syntax.decode;

import io.jalloy.syntax.ast.ArrayExpr;
import io.jalloy.syntax.ast.AttributeStmt;
import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.ast.Expr;
import io.jalloy.syntax.ast.Node;
import io.jalloy.syntax.ast.ObjectExpr;
import io.jalloy.syntax.ast.ObjectField;
import io.jalloy.syntax.ast.ParenExpr;
import io.jalloy.syntax.ast.Stmt;
import io.jalloy.syntax.decode.internal.DecodeFailure;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.token.SourceFile;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Places a decoding failure on the innermost expression written in the source that holds the
 * bad part: {@code targets = [10]} blames {@code 10}, {@code forward_to = "x"} blames {@code "x"}.
 */
final class FailurePlacement {
    private FailurePlacement() {}

    /** The failure of the value of {@code expr}. */
    static Diagnostic at(SourceFile source, Expr expr, DecodeFailure f) {
        return diagnostic(source, follow(expr, new ArrayDeque<>(f.path())), f.getMessage());
    }

    /** The failure of a map block's body, whose first path step names an attribute. */
    static Diagnostic inBody(SourceFile source, BlockStmt block, DecodeFailure f) {
        Deque<Object> path = new ArrayDeque<>(f.path());
        if (!path.isEmpty() && path.peekFirst() instanceof String key) {
            for (Stmt s : block.body()) {
                if (s instanceof AttributeStmt a && a.name().name().equals(key)) {
                    path.removeFirst();
                    return diagnostic(source, follow(a.value(), path), f.getMessage());
                }
            }
        }
        return diagnostic(source, block, f.getMessage());
    }

    private static Node follow(Expr expr, Deque<Object> path) {
        Expr cur = expr;
        while (true) {
            while (cur instanceof ParenExpr p) {
                cur = p.inner();
            }
            Object step = path.pollFirst();
            if (step == null) {
                return cur;
            }
            Expr next = null;
            if (step instanceof Integer i && cur instanceof ArrayExpr a && i < a.elements().size()) {
                next = a.elements().get(i);
            } else if (step instanceof String k && cur instanceof ObjectExpr o) {
                for (ObjectField field : o.fields()) {
                    if (field.name().name().equals(k)) {
                        next = field.value();
                    }
                }
            }
            if (next == null) {
                return cur;
            }
            cur = next;
        }
    }

    private static Diagnostic diagnostic(SourceFile source, Node node, String message) {
        return Diagnostic.error(source.position(node.start()),
                source.position(Math.max(node.start(), node.end() - 1)), message);
    }
}
