package io.jalloy.runtime.controller.internal.loader;

import io.jalloy.runtime.controller.internal.check.SourceBlock;
import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.ast.Stmt;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.diag.Severity;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.vm.Evaluator;
import io.jalloy.syntax.vm.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates a custom component: its block's attributes become the module's arguments; the first
 * time (or when the declare changed) the module loads the declare's body, later only the module
 * nodes reading changed arguments are re-evaluated.
 */
final class ModuleEvaluation {
    private ModuleEvaluation() {}

    static List<Diagnostic> evaluate(ModuleNode node, GraphLoader owner, Scope scope, Scope stdlib) {
        SourceBlock b = node.block();
        ObjectValue given;
        try {
            given = new Evaluator(b.file()).evaluateBody(b.body(), scope);
        } catch (Diagnostics d) {
            return d.list();
        }
        SourceBlock declare = node.declare();
        if (declare == null) {
            return List.of(b.errorOnBlock("Failed to build component: loading custom component controller: custom component "
                    + "config not found in the registry, namespace: \"" + b.block().name().get(0) + "\", componentName: \""
                    + node.importedName() + "\""));
        }
        List<Diagnostic> diags = new ArrayList<>();
        Map<String, Value> args = ModuleArguments.resolve(given, declare, stdlib, diags);
        if (diags.stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
            return diags;
        }
        if (node.module() == null) {
            node.setModule(owner.childFor(node.id(), node.visibleDeclares()));
        }
        Set<String> changed = node.module().setArguments(args);
        if (!node.upToDate()) {
            diags.addAll(node.module().apply(body(node.declare())));
            if (!node.module().lastApplyRejected()) {
                node.loaded();
            }
        } else if (!changed.isEmpty()) {
            node.module().argumentsChanged(changed);
        }
        return diags;
    }

    private static List<SourceBlock> body(SourceBlock declare) {
        List<SourceBlock> blocks = new ArrayList<>();
        for (Stmt stmt : declare.block().body()) {
            if (stmt instanceof BlockStmt b) {
                blocks.add(new SourceBlock(b, declare.file()));
            }
        }
        return blocks;
    }
}
