package io.jalloy.runtime.controller.internal.loader;

import io.jalloy.component.NoExports;
import io.jalloy.runtime.controller.ZeroExports;
import io.jalloy.runtime.controller.internal.check.SourceBlock;
import io.jalloy.runtime.node.BuiltinNode;
import io.jalloy.runtime.node.NodeEvaluationException;
import io.jalloy.syntax.decode.Decoder;
import io.jalloy.syntax.decode.Encoder;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.vm.Evaluator;
import io.jalloy.syntax.vm.Scope;
import java.util.List;

/**
 * Evaluates one component: decodes its block into the provider's arguments record in a scope
 * that shows the other components' exports, and hands the record to the managed node (which
 * builds the component the first time and skips the update when the arguments are equal).
 */
final class NodeEvaluation {
    private NodeEvaluation() {}

    /** Evaluates {@code node}; the problems, empty on success. */
    static List<Diagnostic> evaluate(ComponentNode node, Scope scope) {
        SourceBlock b = node.block();
        try {
            node.managed().evaluate(b.block(), new Decoder(new Evaluator(b.file())), scope);
            return List.of();
        } catch (Diagnostics d) {
            return d.list();
        } catch (NodeEvaluationException e) {
            return List.of(b.errorOnBlock("Failed to build component: " + e.getMessage()));
        } catch (RuntimeException e) {
            // A provider whose arguments type the decoder cannot handle: a configuration error, not a crash.
            node.managed().evaluationFailed(String.valueOf(e.getMessage()));
            return List.of(b.errorOnBlock("Failed to build component: " + e.getMessage()));
        }
    }

    /** The value other blocks see for a component: its exports, or their zero values before any. */
    static Value exportsOf(BuiltinNode<?, ?> node) {
        Object exports = node.exports();
        if (exports instanceof NoExports || node.provider().exportsType() == NoExports.class) {
            return ObjectValue.EMPTY;
        }
        return exports == null ? ZeroExports.of(node.provider().exportsType()) : Encoder.encode(exports);
    }
}
