package io.jalloy.runtime.controller.internal.loader;

import io.jalloy.runtime.controller.internal.check.SourceBlock;
import io.jalloy.syntax.ast.AttributeStmt;
import io.jalloy.syntax.ast.Stmt;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.value.NullValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.vm.Evaluator;
import io.jalloy.syntax.vm.Scope;
import java.util.List;

/**
 * An {@code export "label" { value = ... }} block of a module: evaluated like a component, its
 * value becomes field {@code label} of the module's exports. Used on the evaluation thread only.
 */
final class ExportNode implements LoaderNode {
    private final String id;
    private final SourceBlock block;
    private Value value = NullValue.INSTANCE;

    ExportNode(String id, SourceBlock block) {
        this.id = id;
        this.block = block;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public SourceBlock block() {
        return block;
    }

    /** The exported value, null (Alloy's) until evaluated. */
    Value value() {
        return value;
    }

    /** Evaluates {@code value}; the problems, empty on success. */
    List<Diagnostic> evaluate(Scope scope) {
        for (Stmt stmt : block.body()) {
            if (stmt instanceof AttributeStmt a && a.name().name().equals("value")) {
                try {
                    value = new Evaluator(block.file()).evaluate(a.value(), scope);
                    return List.of();
                } catch (Diagnostics d) {
                    return d.list();
                }
            }
        }
        return List.of(block.errorOnBlock("missing required attribute \"value\""));
    }
}
