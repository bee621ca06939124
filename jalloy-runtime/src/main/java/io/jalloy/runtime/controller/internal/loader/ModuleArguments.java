package io.jalloy.runtime.controller.internal.loader;

import io.jalloy.runtime.controller.internal.check.SourceBlock;
import io.jalloy.syntax.ast.AttributeStmt;
import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.ast.Stmt;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.token.Position;
import io.jalloy.syntax.value.BoolValue;
import io.jalloy.syntax.value.NullValue;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.vm.Evaluator;
import io.jalloy.syntax.vm.Scope;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches the attributes of a custom component's block with the {@code argument} blocks of its
 * declare: unknown names and missing required arguments are errors with Alloy's texts, optional
 * arguments fall back to their {@code default}.
 */
final class ModuleArguments {
    private ModuleArguments() {}

    /** The argument values by label; problems go to {@code diags}. */
    static Map<String, Value> resolve(ObjectValue given, SourceBlock declare, Scope globals, List<Diagnostic> diags) {
        Map<String, Value> values = new LinkedHashMap<>();
        Map<String, BlockStmt> declared = new LinkedHashMap<>();
        for (Stmt stmt : declare.block().body()) {
            if (stmt instanceof BlockStmt b && b.fullName().equals("argument") && b.label() != null) {
                declared.put(b.label(), b);
            }
        }
        for (String name : given.fields().keySet()) {
            if (!declared.containsKey(name)) {
                diags.add(Diagnostic.error(Position.NONE, Position.NONE,
                        "Provided argument \"" + name + "\" is not defined in the module"));
            }
        }
        Evaluator evaluator = new Evaluator(declare.file());
        declared.forEach((label, block) -> {
            Value v = given.get(label);
            if (v != null) {
                values.put(label, v);
                return;
            }
            Value optional = attribute(evaluator, block, "optional", globals, diags);
            if (optional instanceof BoolValue b && b.value()) {
                Value def = attribute(evaluator, block, "default", globals, diags);
                values.put(label, def == null ? NullValue.INSTANCE : def);
            } else {
                SourceBlock where = new SourceBlock(block, declare.file());
                diags.add(where.errorOnBlock("Failed to evaluate node for config block: missing required argument \""
                        + label + "\" to module"));
            }
        });
        return values;
    }

    private static Value attribute(Evaluator evaluator, BlockStmt block, String name, Scope scope, List<Diagnostic> diags) {
        for (Stmt stmt : block.body()) {
            if (stmt instanceof AttributeStmt a && a.name().name().equals(name)) {
                try {
                    return evaluator.evaluate(a.value(), scope);
                } catch (Diagnostics d) {
                    diags.addAll(d.list());
                    return null;
                }
            }
        }
        return null;
    }
}
